package org.neiqin.expenses.internal.claims;

import org.neiqin.kit.store.Transitions;

/**
 * A claim's way (报销单): submitted by the claimant, first-checked (初审) by the back office, approved by the manager
 * (and the next level up where it must), paid by finance or settled against the claimant's advance. The office or an
 * approver may return it with a reason; the claimant corrects and submits it again, or withdraws it. Labels are
 * {@code enum.ClaimState.<NAME>}.
 */
public enum ClaimState {
    SUBMITTED,
    CHECKED,
    APPROVED,
    PAID,
    RETURNED,
    WITHDRAWN;

    static final Transitions<ClaimState> STEPS = Transitions.of(ClaimState.class)
            .step(SUBMITTED, CHECKED, RETURNED, WITHDRAWN)
            .step(CHECKED, APPROVED, RETURNED)
            .step(APPROVED, PAID)
            .step(RETURNED, SUBMITTED, WITHDRAWN);
}
