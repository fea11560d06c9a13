package org.neiqin.catalog.internal.prices;

import org.neiqin.kit.store.Transitions;

/**
 * A price-list version's way: prepared as a draft, reviewed, approved. An approved version never changes: it is in
 * force from its date until a later approved version takes over, and a correction is a new version. A rejected one
 * returns to its preparer as a draft. Labels are {@code enum.PriceVersionState.<NAME>} in the messages.
 */
public enum PriceVersionState {
    DRAFT,
    IN_REVIEW,
    APPROVED;

    static final Transitions<PriceVersionState> STEPS = Transitions.of(PriceVersionState.class)
            .step(DRAFT, IN_REVIEW)
            .step(IN_REVIEW, APPROVED)
            .step(IN_REVIEW, DRAFT);
}
