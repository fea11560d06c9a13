package org.neiqin.invoicing.internal;

import org.neiqin.api.review.Review;
import org.neiqin.api.review.ReviewHandler;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.review.ReviewRef;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.neiqin.kit.store.Store;

/** A price correction's review decided anywhere: approved, a request may bill the line at its price; rejected, never. */
@Component(service = ReviewHandler.class, property = ReviewHandler.DOCUMENT_TYPE + "=" + InvoicingModule.PRICE_CORRECTION)
public class PriceCorrectionReviews implements ReviewHandler {
    private final InvoicingStore store;
    private final SecurityService security;

    @Activate
    public PriceCorrectionReviews(@Reference InvoicingStore store, @Reference SecurityService security) {
        this.store = store;
        this.security = security;
    }

    @Override
    public void approved(Review review) {
        move(review, PriceCorrectionEntity.State.APPROVED, null);
    }

    @Override
    public void rejected(Review review) {
        move(review, PriceCorrectionEntity.State.REJECTED, ReviewRef.reason(review));
    }

    private void move(Review review, PriceCorrectionEntity.State to, String reason) {
        store.run(em -> {
            Actor actor = security.currentActor().orElse(Actor.SYSTEM);
            PriceCorrectionEntity e = Store.find(em, PriceCorrectionEntity.class, ReviewRef.of(review).record(),
                    "price correction");
            store.move(em, PriceCorrections.ENTITY, e, to, actor, reason);
        });
    }
}
