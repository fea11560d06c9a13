package org.neiqin.expenses.internal;

import org.neiqin.api.error.AccessDeniedException;
import org.neiqin.api.error.Text;
import org.neiqin.api.review.Review;
import org.neiqin.api.security.Actor;

/**
 * A claim, application or advance is someone's own: they see it (others only with a permission to see everyone's),
 * and somebody else checks, verifies, approves and pays it.
 */
public final class Owners {
    private Owners() {
    }

    /** @throws AccessDeniedException when {@code actor} is not the owner and may not see everyone's */
    public static void requireVisible(Actor actor, boolean seesAll, String owner, String code) {
        if (!owner.equals(actor.name()) && !seesAll) {
            throw new AccessDeniedException(Text.of("expenses.notYours", "{0} is someone else's: you see your own",
                    code));
        }
    }

    /** @throws AccessDeniedException when {@code actor} owns it: a check, verification or approval is somebody else's */
    public static void requireOther(Actor actor, String owner, String code) {
        if (owner.equals(actor.name())) {
            throw ownApproval(code);
        }
    }

    /** @throws AccessDeniedException when {@code actor} owns it: money goes out by somebody else's hand */
    public static void requireOtherPays(Actor actor, String owner, String code) {
        if (owner.equals(actor.name())) {
            throw new AccessDeniedException(Text.of("expenses.ownPayment", "{0} is your own: somebody else in finance"
                    + " pays it", code));
        }
    }

    /** @throws AccessDeniedException when the owner decided in the review round (a role both may hold) */
    public static void requireOtherDecided(Review review, String owner, String code) {
        if (review.decisions().stream().anyMatch(d -> d.reviewer().equals(owner))) {
            throw ownApproval(code);
        }
    }

    private static AccessDeniedException ownApproval(String code) {
        return new AccessDeniedException(Text.of("expenses.ownApproval", "{0} is your own: somebody else approves it",
                code));
    }
}
