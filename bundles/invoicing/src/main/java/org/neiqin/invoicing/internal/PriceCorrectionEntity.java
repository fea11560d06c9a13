package org.neiqin.invoicing.internal;

import java.math.BigDecimal;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.neiqin.kit.store.Recorded;
import org.neiqin.kit.store.Stateful;
import org.neiqin.kit.store.Transitions;

/** A price correction: an order line billed at another unit price, once a manager approved it. */
@Entity
@Table(name = "INV_PRICE_CORRECTION")
public class PriceCorrectionEntity extends Recorded implements Stateful<PriceCorrectionEntity.State> {
    /** Where a correction stands. */
    public enum State {
        REQUESTED, APPROVED, REJECTED;

        static final Transitions<State> STEPS = Transitions.of(State.class).step(REQUESTED, APPROVED, REJECTED);
    }

    @Enumerated(EnumType.STRING)
    State state;
    long documentId;
    String documentNumber;
    long lineKey;
    int lineNo;
    String product;
    BigDecimal orderPrice;
    BigDecimal unitPrice;
    String currency;
    String reason;

    @Override
    public String reference() {
        return documentNumber + " #" + lineNo;
    }

    @Override
    public State state() {
        return state;
    }

    @Override
    public void state(State to) {
        state = to;
    }

    @Override
    public Transitions<State> transitions() {
        return State.STEPS;
    }
}
