package org.neiqin.logistics.internal;

import org.neiqin.api.review.Review;
import org.neiqin.api.review.ReviewHandler;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** What the review of a return decides: approved, it is accepted; rejected, it goes back to its preparer. */
@Component(service = ReviewHandler.class, property = ReviewHandler.DOCUMENT_TYPE + "=" + LogisticsModule.RETURN_REVIEW)
public class ReturnReviews implements ReviewHandler {
    private final ReturnService returns;
    private final SecurityService security;

    @Activate
    public ReturnReviews(@Reference ReturnService returns, @Reference SecurityService security) {
        this.returns = returns;
        this.security = security;
    }

    @Override
    public void approved(Review review) {
        returns.reviewed(Long.parseLong(review.documentId()), true, security.currentActor().orElse(Actor.SYSTEM));
    }

    @Override
    public void rejected(Review review) {
        returns.reviewed(Long.parseLong(review.documentId()), false, security.currentActor().orElse(Actor.SYSTEM));
    }
}
