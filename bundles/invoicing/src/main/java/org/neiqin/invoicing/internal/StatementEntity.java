package org.neiqin.invoicing.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.neiqin.kit.store.Recorded;
import org.neiqin.kit.store.Stateful;
import org.neiqin.kit.store.Transitions;

/** A statement of account as sent: its customer, period and frozen figures, and how it went and came back. */
@Entity
@Table(name = "INV_STATEMENT")
public class StatementEntity extends Recorded implements Stateful<StatementState> {
    /** How a statement went to the customer. */
    public enum Sent {
        MAIL, POST, FAX, HAND
    }

    @Enumerated(EnumType.STRING)
    StatementState state;
    long customerId;
    String customerName;
    LocalDate periodFrom;
    LocalDate periodTo;
    String currency;
    BigDecimal opening;
    BigDecimal invoiced;
    BigDecimal credited;
    BigDecimal received;
    BigDecimal closing;
    String agreedBy;
    Instant agreedAt;
    LocalDate sentOn;
    @Enumerated(EnumType.STRING)
    Sent sentHow;
    String sentTo;
    LocalDate signedOn;
    String dispute;
    String note;

    @Override
    public String reference() {
        return "DZ-" + id;
    }

    @Override
    public StatementState state() {
        return state;
    }

    @Override
    public void state(StatementState to) {
        state = to;
    }

    @Override
    public Transitions<StatementState> transitions() {
        return StatementState.STEPS;
    }
}
