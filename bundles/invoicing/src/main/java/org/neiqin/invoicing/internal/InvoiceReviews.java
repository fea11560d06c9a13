package org.neiqin.invoicing.internal;

import org.neiqin.api.review.Review;
import org.neiqin.api.review.ReviewHandler;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** An invoice request's review decided anywhere (the inbox, REST, the shell) reaches it. */
@Component(service = ReviewHandler.class, property = ReviewHandler.DOCUMENT_TYPE + "=" + InvoicingModule.REVIEW)
public class InvoiceReviews implements ReviewHandler {
    private final InvoiceDrafts drafts;

    @Activate
    public InvoiceReviews(@Reference InvoiceDrafts drafts) {
        this.drafts = drafts;
    }

    @Override
    public void approved(Review review) {
        drafts.approved(review);
    }

    @Override
    public void rejected(Review review) {
        drafts.rejected(review);
    }
}
