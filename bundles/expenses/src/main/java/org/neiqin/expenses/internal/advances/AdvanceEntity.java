package org.neiqin.expenses.internal.advances;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.neiqin.kit.store.Recorded;
import org.neiqin.kit.store.Stateful;
import org.neiqin.kit.store.Transitions;

/** An advance: borrowed, paid, and at the end what came back or was paid out on top. */
@Entity
@Table(name = "EXP_ADVANCE")
public class AdvanceEntity extends Recorded implements Stateful<AdvanceState> {
    String code;
    @Enumerated(EnumType.STRING)
    AdvanceState state;
    String borrower;
    @Enumerated(EnumType.STRING)
    AdvanceKind kind;
    String purpose;
    LocalDate tripFrom;
    LocalDate tripTo;
    String currency;
    BigDecimal amount;
    LocalDate paidOn;
    LocalDate dueOn;
    BigDecimal returned;
    BigDecimal paidOut;
    LocalDate settledOn;
    String note;

    @Override
    public String reference() {
        return code;
    }

    @Override
    public AdvanceState state() {
        return state;
    }

    @Override
    public void state(AdvanceState to) {
        state = to;
    }

    @Override
    public Transitions<AdvanceState> transitions() {
        return AdvanceState.STEPS;
    }
}
