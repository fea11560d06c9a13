package org.neiqin.core.internal.review;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;
import org.neiqin.api.error.AccessDeniedException;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.money.Money;
import org.neiqin.api.review.Decision;
import org.neiqin.api.review.Review;
import org.neiqin.api.review.ReviewState;
import org.neiqin.api.review.Verdict;
import org.neiqin.api.security.Actor;

public class ReviewPolicyTest {
    private static final Instant T0 = Instant.parse("2026-03-07T08:00:00Z");

    private final ReviewPolicy policy = ReviewPolicy.parse("1", "50000:2, 500000:3", "neiqin-manager,neiqin-admin");

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    private static Actor actor(String name, String... roles) {
        return new Actor(name, Set.of(roles));
    }

    private static Decision approve(String reviewer) {
        return new Decision(reviewer, T0.plusSeconds(60), Verdict.APPROVE, null);
    }

    private static Review review(int required, ReviewState state, Decision... decisions) {
        return new Review(7L, "contracts.order", "42", "SO-2026-0042 ACME 60000.00 CNY", "alice", cny("60000"),
                required, state, T0, new ArrayList<>(List.of(decisions)));
    }

    @Test
    public void parseReadsBaseThresholdsAndRoles() {
        assertEquals(1, policy.reviews());
        assertEquals(Set.of("neiqin-manager", "neiqin-admin"), policy.reviewerRoles());
        assertEquals(2, policy.thresholds().size());
        assertEquals(Integer.valueOf(2), policy.thresholds().get(new BigDecimal("50000")));
    }

    @Test
    public void requiredWithoutAmountIsTheBaseNumber() {
        assertEquals(1, policy.required(null));
    }

    @Test
    public void requiredGrowsWithTheAmount() {
        assertEquals(1, policy.required(cny("0")));
        assertEquals(1, policy.required(cny("49999.99")));
        assertEquals(2, policy.required(cny("50000")));
        assertEquals(2, policy.required(cny("50000.00")));
        assertEquals(2, policy.required(cny("499999.99")));
        assertEquals(3, policy.required(cny("500000")));
        assertEquals(3, policy.required(cny("9000000")));
    }

    @Test
    public void thresholdNeverLowersTheBaseNumber() {
        ReviewPolicy p = ReviewPolicy.of(3, Map.of(new BigDecimal("1000"), 2), Set.of("neiqin-manager"));
        assertEquals(3, p.required(cny("5000")));
    }

    @Test
    public void zeroReviewsMeansNoneRequired() {
        ReviewPolicy none = ReviewPolicy.parse("0", "", "neiqin-manager");
        assertEquals(0, none.required(null));
        assertEquals(0, none.required(cny("99999999")));
        ReviewPolicy nullThresholds = ReviewPolicy.parse(" 0 ", null, null);
        assertEquals(0, nullThresholds.required(cny("1")));
    }

    @Test
    public void invalidPoliciesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ReviewPolicy.parse("-1", "", "r"));
        assertThrows(IllegalArgumentException.class, () -> ReviewPolicy.parse("1", "50000", "r"));
        assertThrows(IllegalArgumentException.class, () -> ReviewPolicy.parse("1", "50000:2:3", "r"));
        assertThrows(NumberFormatException.class, () -> ReviewPolicy.parse("1", "lots:2", "r"));
    }

    @Test
    public void aReviewerMayApprove() {
        policy.check(review(2, ReviewState.PENDING), actor("bob", "neiqin-manager"), Verdict.APPROVE, null);
        policy.check(review(2, ReviewState.PENDING), actor("carol", "neiqin-admin"), Verdict.REJECT, "price too low");
    }

    @Test
    public void thePreparerCannotApproveEvenAsReviewer() {
        assertThrows(AccessDeniedException.class, () -> policy.check(review(1, ReviewState.PENDING),
                actor("alice", "neiqin-manager", "neiqin-admin"), Verdict.APPROVE, null));
    }

    @Test
    public void anActorWithoutReviewerRoleIsRefused() {
        assertThrows(AccessDeniedException.class, () -> policy.check(review(1, ReviewState.PENDING),
                actor("dave", "neiqin-user"), Verdict.APPROVE, null));
        assertThrows(AccessDeniedException.class, () -> policy.check(review(1, ReviewState.PENDING),
                actor("erin"), Verdict.APPROVE, null));
    }

    @Test
    public void theSameReviewerCannotDecideTwiceInARound() {
        Review r = review(2, ReviewState.PENDING, approve("bob"));
        assertThrows(AccessDeniedException.class,
                () -> policy.check(r, actor("bob", "neiqin-manager"), Verdict.APPROVE, null));
        assertThrows(AccessDeniedException.class,
                () -> policy.check(r, actor("bob", "neiqin-manager"), Verdict.REJECT, "changed my mind"));
        policy.check(r, actor("carol", "neiqin-manager"), Verdict.APPROVE, null);
    }

    @Test
    public void rejectNeedsAReason() {
        Actor bob = actor("bob", "neiqin-manager");
        for (String reason : new String[] {null, "", "   "}) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> policy.check(review(1, ReviewState.PENDING), bob, Verdict.REJECT, reason));
            assertEquals("reason", e.errors().get(0).field());
        }
    }

    @Test
    public void overlongReasonIsRejected() {
        ValidationException e = assertThrows(ValidationException.class, () -> policy.check(
                review(1, ReviewState.PENDING), actor("bob", "neiqin-manager"), Verdict.REJECT, "x".repeat(2001)));
        assertEquals("reason", e.errors().get(0).field());
        policy.check(review(1, ReviewState.PENDING), actor("bob", "neiqin-manager"), Verdict.REJECT, "x".repeat(2000));
    }

    @Test
    public void decisionOnAClosedReviewIsAConflict() {
        Actor bob = actor("bob", "neiqin-manager");
        ConflictException approved = assertThrows(ConflictException.class,
                () -> policy.check(review(1, ReviewState.APPROVED), bob, Verdict.APPROVE, null));
        assertEquals(409, approved.status());
        assertThrows(ConflictException.class,
                () -> policy.check(review(1, ReviewState.REJECTED), bob, Verdict.REJECT, "no"));
    }

    @Test
    public void approvalsReachApprovedOnlyWhenEnough() {
        assertEquals(ReviewState.APPROVED, ReviewPolicy.after(review(1, ReviewState.PENDING), Verdict.APPROVE));

        assertEquals(ReviewState.PENDING, ReviewPolicy.after(review(3, ReviewState.PENDING), Verdict.APPROVE));
        assertEquals(ReviewState.PENDING,
                ReviewPolicy.after(review(3, ReviewState.PENDING, approve("bob")), Verdict.APPROVE));
        assertEquals(ReviewState.APPROVED,
                ReviewPolicy.after(review(3, ReviewState.PENDING, approve("bob"), approve("carol")), Verdict.APPROVE));
    }

    @Test
    public void onlyApprovalsCountTowardsTheRequiredNumber() {
        Decision oldReject = new Decision("bob", T0, Verdict.REJECT, "wrong customer");
        Review r = review(2, ReviewState.PENDING, oldReject);
        assertEquals(0, r.approvals());
        assertEquals(ReviewState.PENDING, ReviewPolicy.after(r, Verdict.APPROVE));
    }

    @Test
    public void rejectionRejectsWhateverTheApprovals() {
        assertEquals(ReviewState.REJECTED, ReviewPolicy.after(review(1, ReviewState.PENDING), Verdict.REJECT));
        assertEquals(ReviewState.REJECTED,
                ReviewPolicy.after(review(3, ReviewState.PENDING, approve("bob"), approve("carol")), Verdict.REJECT));
    }
}
