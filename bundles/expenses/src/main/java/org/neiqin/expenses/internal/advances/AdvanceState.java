package org.neiqin.expenses.internal.advances;

import org.neiqin.kit.store.Transitions;

/**
 * An advance's way (备用金): requested, approved by the manager (or rejected), paid by finance, then settled at the end
 * by the claims it covered — what was not spent comes back, what was overspent is paid out. Labels are
 * {@code enum.AdvanceState.<NAME>}.
 */
public enum AdvanceState {
    REQUESTED,
    APPROVED,
    REJECTED,
    PAID,
    SETTLED;

    static final Transitions<AdvanceState> STEPS = Transitions.of(AdvanceState.class)
            .step(REQUESTED, APPROVED, REJECTED)
            .step(APPROVED, PAID)
            .step(PAID, SETTLED);

    /** @return whether the advance still binds its borrower (前款不清后款不借) */
    public boolean open() {
        return this == REQUESTED || this == APPROVED || this == PAID;
    }
}
