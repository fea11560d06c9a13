package org.neiqin.leads.internal.offers;

import org.neiqin.kit.store.Transitions;

/** An offer is drafted, published on the public page, and withdrawn (and may be published again). */
public enum OfferState {
    DRAFT,
    PUBLISHED,
    WITHDRAWN;

    static final Transitions<OfferState> STEPS = Transitions.of(OfferState.class)
            .step(DRAFT, PUBLISHED)
            .step(PUBLISHED, WITHDRAWN)
            .step(WITHDRAWN, PUBLISHED);
}
