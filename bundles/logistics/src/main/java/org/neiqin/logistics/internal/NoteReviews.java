package org.neiqin.logistics.internal;

import org.neiqin.api.review.Review;
import org.neiqin.api.review.ReviewHandler;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** What the review of a delivery note decides: approved, it may ship; rejected, it goes back to its preparer. */
@Component(service = ReviewHandler.class, property = ReviewHandler.DOCUMENT_TYPE + "=" + LogisticsModule.REVIEW)
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
        notes.reviewed(Long.parseLong(review.documentId()), true, security.currentActor().orElse(Actor.SYSTEM));
    }

    @Override
    public void rejected(Review review) {
        notes.reviewed(Long.parseLong(review.documentId()), false, security.currentActor().orElse(Actor.SYSTEM));
    }
}
