package org.neiqin.kit.review;

import java.util.Optional;

import org.neiqin.api.error.Text;
import org.neiqin.api.money.Money;
import org.neiqin.api.review.Decision;
import org.neiqin.api.review.Review;
import org.neiqin.api.review.ReviewService;

/**
 * A review round on a record, as the review service knows it: the review type and the record's id,
 * with the revision when a record is reviewed per revision (an amendment: {@code "12/3"}). That text
 * form is made and read here only.
 *
 * @param type the review type ({@code logistics.note})
 * @param record the record's id in its module
 * @param revision the revision reviewed, or {@code null} when the record is reviewed as a whole
 */
public record ReviewRef(String type, long record, Integer revision) {
    /** @return a round on the record as a whole */
    public static ReviewRef of(String type, long record) {
        return new ReviewRef(type, record, null);
    }

    /** @return a round on one revision of the record */
    public static ReviewRef of(String type, long record, int revision) {
        return new ReviewRef(type, record, revision);
    }

    /**
     * @return the round {@code review} is about
     * @throws IllegalArgumentException when its document id is not one this class made
     */
    public static ReviewRef of(Review review) {
        return parse(review.documentType(), review.documentId());
    }

    /**
     * @param type a review's document type
     * @param documentId its document id, as {@link #documentId()} made it
     * @return the round it names
     * @throws IllegalArgumentException when the id is not one this class made
     * @since 0.2
     */
    public static ReviewRef parse(String type, String documentId) {
        int slash = documentId.indexOf('/');
        try {
            return slash < 0 ? of(type, Long.parseLong(documentId))
                    : of(type, Long.parseLong(documentId.substring(0, slash)),
                            Integer.parseInt(documentId.substring(slash + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a review of " + type + " names no record of this module: "
                    + documentId, e);
        }
    }

    /** @return the reason of the round's last decision (a rejection's), or {@code null} */
    public static String reason(Review review) {
        if (review.decisions().isEmpty()) {
            return null;
        }
        Decision last = review.decisions().get(review.decisions().size() - 1);
        return last.reason() == null || last.reason().isBlank() ? null : last.reason();
    }

    /** @return the document id the review service keeps */
    public String documentId() {
        return revision == null ? String.valueOf(record) : record + "/" + revision;
    }

    /** Starts this round. */
    public Review submit(ReviewService reviews, Text title, Money amount) {
        return reviews.submit(type, documentId(), title, amount);
    }

    /** @return the latest round of this record, if any */
    public Optional<Review> latest(ReviewService reviews) {
        return reviews.latest(type, documentId());
    }
}
