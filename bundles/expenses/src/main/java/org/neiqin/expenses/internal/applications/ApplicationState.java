package org.neiqin.expenses.internal.applications;

import org.neiqin.kit.store.Transitions;

/**
 * An expense application's way (费用申请): asked, approved before the money is spent (or rejected), then verified
 * (核销) against what was really spent. Labels are {@code enum.ApplicationState.<NAME>}.
 */
public enum ApplicationState {
    REQUESTED,
    APPROVED,
    REJECTED,
    VERIFIED;

    static final Transitions<ApplicationState> STEPS = Transitions.of(ApplicationState.class)
            .step(REQUESTED, APPROVED, REJECTED)
            .step(APPROVED, VERIFIED);
}
