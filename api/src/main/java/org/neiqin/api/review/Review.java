package org.neiqin.api.review;

import java.time.Instant;
import java.util.List;

import org.neiqin.api.money.Money;

/**
 * A review round of one document.
 *
 * @param id review id
 * @param documentType e.g. {@code contracts.order}
 * @param documentId the document's id in its module
 * @param title what reviewers see in their inbox (number, customer, amount)
 * @param preparer who submitted it; never allowed to approve it
 * @param amount the amount that chose the number of reviews, if any
 * @param required approvals required
 * @param state where it stands
 * @param submittedAt when it was submitted
 * @param decisions decisions so far, oldest first
 * @since 0.1
 */
public record Review(long id, String documentType, String documentId, String title, String preparer, Money amount,
        int required, ReviewState state, Instant submittedAt, List<Decision> decisions) {

    /** @return approvals given so far in this round. */
    public long approvals() {
        return decisions.stream().filter(d -> d.verdict() == Verdict.APPROVE).count();
    }
}
