package org.neiqin.core.internal.review;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.neiqin.api.error.AccessDeniedException;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.money.Money;
import org.neiqin.api.review.Review;
import org.neiqin.api.review.ReviewState;
import org.neiqin.api.review.Verdict;
import org.neiqin.api.security.Actor;

/**
 * The review rule of one document type, and the checks every decision must pass.
 *
 * @param reviews reviews needed below the first threshold
 * @param thresholds from this amount (inclusive) upwards, this many reviews
 * @param reviewerRoles roles allowed to review
 */
public record ReviewPolicy(int reviews, TreeMap<BigDecimal, Integer> thresholds, Set<String> reviewerRoles) {

    public ReviewPolicy {
        if (reviews < 0) {
            throw new IllegalArgumentException("reviews must not be negative");
        }
        thresholds = new TreeMap<>(thresholds);
        reviewerRoles = Set.copyOf(reviewerRoles);
    }

    /** @param thresholds e.g. {@code "50000:2, 500000:3"} */
    public static ReviewPolicy parse(String reviews, String thresholds, String roles) {
        TreeMap<BigDecimal, Integer> t = new TreeMap<>();
        if (thresholds != null && !thresholds.isBlank()) {
            for (String part : thresholds.split(",")) {
                String[] kv = part.trim().split(":");
                if (kv.length != 2) {
                    throw new IllegalArgumentException("threshold '" + part.trim() + "' must be amount:reviews");
                }
                t.put(new BigDecimal(kv[0].trim()), Integer.parseInt(kv[1].trim()));
            }
        }
        Set<String> r = roles == null ? Set.of()
                : Arrays.stream(roles.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        return new ReviewPolicy(Integer.parseInt(reviews.trim()), t, r);
    }

    public static ReviewPolicy of(int reviews, Map<BigDecimal, Integer> thresholds, Set<String> roles) {
        return new ReviewPolicy(reviews, new TreeMap<>(thresholds), roles);
    }

    /** @return approvals needed for a document of {@code amount} (the base number when there is none). */
    public int required(Money amount) {
        if (amount == null) {
            return reviews;
        }
        Entry<BigDecimal, Integer> e = thresholds.floorEntry(amount.amount());
        return e == null ? reviews : Math.max(reviews, e.getValue());
    }

    /** Refuses a decision that breaks a rule; says which. */
    public void check(Review review, Actor actor, Verdict verdict, String reason) {
        if (review.state() != ReviewState.PENDING) {
            // one key per closed state (APPROVED, REJECTED): the English names it in lower case
            throw new ConflictException("review-closed", Text.of("core.review.closed." + review.state().name(),
                    "review {0} is already " + review.state().name().toLowerCase(), review.id()));
        }
        if (actor.name().equals(review.preparer())) {
            throw new AccessDeniedException(Text.of("core.review.ownDocument",
                    "the preparer of a document may not review it (four-eyes rule)"));
        }
        if (!actor.hasAnyRole(reviewerRoles)) {
            throw new AccessDeniedException(Text.of("core.review.notReviewer", "{0} holds none of the reviewer roles {1} of {2}",
                    actor.name(), String.valueOf(reviewerRoles), review.documentType()));
        }
        if (review.decisions().stream().anyMatch(d -> d.reviewer().equals(actor.name()))) {
            throw new AccessDeniedException(Text.of("core.review.alreadyDecided",
                    "{0} already decided on this document; another person must give the next review", actor.name()));
        }
        if (verdict == Verdict.REJECT && (reason == null || reason.isBlank())) {
            throw new ValidationException("reason", "required", Text.of("core.review.reason.required",
                    "say why the document is rejected"));
        }
        if (reason != null && reason.length() > 2000) {
            throw new ValidationException("reason", "maxLength", Text.of("core.review.reason.maxLength",
                    "the reason may have at most {0} characters", 2000));
        }
    }

    /** @return the state after {@code verdict} is added to {@code review}. */
    public static ReviewState after(Review review, Verdict verdict) {
        if (verdict == Verdict.REJECT) {
            return ReviewState.REJECTED;
        }
        return review.approvals() + 1 >= review.required() ? ReviewState.APPROVED : ReviewState.PENDING;
    }
}
