package org.neiqin.logistics.internal;

import java.math.BigDecimal;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.neiqin.kit.store.Recorded;
import org.neiqin.kit.store.Stateful;
import org.neiqin.kit.store.Transitions;

/** A return or exchange (退换货) of goods of one delivery note. */
@Entity
@Table(name = "LG_RETURN")
public class ReturnEntity extends Recorded implements Stateful<ReturnState> {
    String code;
    @Enumerated(EnumType.STRING)
    ReturnKind kind;
    @Enumerated(EnumType.STRING)
    ReturnState state;
    long noteId;
    String noteCode;
    long documentId;
    String documentNumber;
    String customerName;
    String reason;
    String currency;
    BigDecimal amount;

    @Override
    public String reference() {
        return code;
    }

    @Override
    public ReturnState state() {
        return state;
    }

    @Override
    public void state(ReturnState to) {
        state = to;
    }

    @Override
    public Transitions<ReturnState> transitions() {
        return ReturnState.STEPS;
    }
}
