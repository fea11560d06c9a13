package org.neiqin.logistics.internal;

import org.neiqin.api.review.Review;
import org.neiqin.api.review.ReviewHandler;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.review.ReviewRef;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What the reviews of logistics decide, whoever decides them (the review inbox, REST, the shell): a
 * delivery note's review and, when it was held over the credit limit, the manager's credit round
 * (approved, it may ship; rejected, it goes back to its preparer); a return's review (approved, it is
 * accepted; rejected, it goes back to its preparer).
 */
@Component(service = ReviewHandler.class, property = {ReviewHandler.DOCUMENT_TYPE + "=" + LogisticsModule.REVIEW,
    ReviewHandler.DOCUMENT_TYPE + "=" + LogisticsModule.CREDIT_REVIEW,
    ReviewHandler.DOCUMENT_TYPE + "=" + LogisticsModule.RETURN_REVIEW})
public class LogisticsReviews implements ReviewHandler {
    private final NoteReviews notes;
    private final ReturnService returns;
    private final SecurityService security;

    @Activate
    public LogisticsReviews(@Reference NoteReviews notes, @Reference ReturnService returns,
            @Reference SecurityService security) {
        this.notes = notes;
        this.returns = returns;
        this.security = security;
    }

    @Override
    public void approved(Review review) {
        decided(review, true);
    }

    @Override
    public void rejected(Review review) {
        decided(review, false);
    }

    private void decided(Review review, boolean approved) {
        Actor actor = security.currentActor().orElse(Actor.SYSTEM);
        long id = ReviewRef.of(review).record();
        String reason = ReviewRef.reason(review);
        switch (review.documentType()) {
            case LogisticsModule.CREDIT_REVIEW -> notes.creditReviewed(id, approved, actor, reason);
            case LogisticsModule.RETURN_REVIEW -> returns.reviewed(id, approved, actor, reason);
            default -> notes.reviewed(id, approved, actor, reason);
        }
    }
}
