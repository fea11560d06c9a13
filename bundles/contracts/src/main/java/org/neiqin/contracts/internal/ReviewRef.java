package org.neiqin.contracts.internal;

import java.util.Optional;

import org.neiqin.api.error.Text;
import org.neiqin.api.money.Money;
import org.neiqin.api.review.Review;
import org.neiqin.api.review.ReviewService;

/**
 * A review round on a document, as the review service knows it: the review type and the document
 * id. An amendment is reviewed per revision, so its id names the document and the revision
 * ({@code "12/3"}); that form is made and read here only.
 */
record ReviewRef(String type, String documentId) {
    static ReviewRef of(String type, long document) {
        return new ReviewRef(type, String.valueOf(document));
    }

    static ReviewRef amendment(long document, int revision) {
        return new ReviewRef(ContractsModule.REVIEW_AMENDMENT, document + "/" + revision);
    }

    static ReviewRef of(Review review) {
        return new ReviewRef(review.documentType(), review.documentId());
    }

    /** Starts this round. */
    Review submit(ReviewService reviews, Text title, Money amount) {
        return reviews.submit(type, documentId, title, amount);
    }

    /** @return the latest round of this document, if any */
    Optional<Review> latest(ReviewService reviews) {
        return reviews.latest(type, documentId);
    }

    boolean isAmendment() {
        return ContractsModule.REVIEW_AMENDMENT.equals(type);
    }

    /** @return the document's id */
    long document() {
        int slash = documentId.indexOf('/');
        return Long.parseLong(slash < 0 ? documentId : documentId.substring(0, slash));
    }

    /** @return the amended revision */
    int revision() {
        if (!isAmendment()) {
            throw new IllegalStateException(type + " " + documentId + " is not an amendment");
        }
        return Integer.parseInt(documentId.substring(documentId.indexOf('/') + 1));
    }
}
