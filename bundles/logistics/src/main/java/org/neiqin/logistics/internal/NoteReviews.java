package org.neiqin.logistics.internal;

import org.neiqin.api.review.Review;
import org.neiqin.api.review.ReviewHandler;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What the review of a delivery note decides (and the manager's credit round, when it was held over
 * the limit): approved, it may ship; rejected, it goes back to its preparer.
 */
@Component(service = ReviewHandler.class, property = {ReviewHandler.DOCUMENT_TYPE + "=" + LogisticsModule.REVIEW,
    ReviewHandler.DOCUMENT_TYPE + "=" + LogisticsModule.CREDIT_REVIEW})
public class NoteReviews implements ReviewHandler {
    private final NoteService notes;
    private final SecurityService security;

    @Activate
    public NoteReviews(@Reference NoteService notes, @Reference SecurityService security) {
        this.notes = notes;
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
        long id = Long.parseLong(review.documentId());
        if (LogisticsModule.CREDIT_REVIEW.equals(review.documentType())) {
            notes.creditReviewed(id, approved, actor);
        } else {
            notes.reviewed(id, approved, actor);
        }
    }
}
