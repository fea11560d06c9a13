package org.neiqin.invoicing.internal;

import org.neiqin.api.review.Review;
import org.neiqin.api.review.ReviewHandler;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.review.ReviewRef;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * An invoice request's or credit note's review decided anywhere (the inbox, REST, the shell) reaches it: approved, it
 * waits for finance; rejected, it is a draft again with the reason. It needs no review service itself, so core's review
 * service, which calls it, and the services that submit to core's never wait for each other.
 */
@Component(service = ReviewHandler.class, property = ReviewHandler.DOCUMENT_TYPE + "=" + InvoicingModule.REVIEW)
public class InvoiceReviews implements ReviewHandler {
    private final InvoicingStore store;
    private final SecurityService security;

    @Activate
    public InvoiceReviews(@Reference InvoicingStore store, @Reference SecurityService security) {
        this.store = store;
        this.security = security;
    }

    @Override
    public void approved(Review review) {
        move(review, InvoiceState.APPROVED, null);
    }

    @Override
    public void rejected(Review review) {
        move(review, InvoiceState.DRAFT, ReviewRef.reason(review));
    }

    private void move(Review review, InvoiceState to, String reason) {
        store.run(em -> {
            Actor actor = security.currentActor().orElse(Actor.SYSTEM);
            InvoiceEntity e = InvoiceReader.find(em, ReviewRef.of(review).record());
            store.move(em, InvoicingModule.ENTITY, e, to, actor, reason);
        });
    }
}
