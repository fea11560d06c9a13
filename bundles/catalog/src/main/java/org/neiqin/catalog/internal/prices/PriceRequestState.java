package org.neiqin.catalog.internal.prices;

import org.neiqin.kit.store.Transitions;

/**
 * A unit-price request's way (单价申请): asked, then approved — the price is the customer's own from then on — or
 * rejected with a reason. Labels are {@code enum.PriceRequestState.<NAME>} in the messages.
 */
public enum PriceRequestState {
    REQUESTED,
    APPROVED,
    REJECTED;

    static final Transitions<PriceRequestState> STEPS = Transitions.of(PriceRequestState.class)
            .step(REQUESTED, APPROVED)
            .step(REQUESTED, REJECTED);
}
