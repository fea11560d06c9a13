package org.neiqin.api.review;

import java.util.List;
import java.util.Optional;

import org.neiqin.api.money.Money;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Four eyes (双人复核) for every document that moves goods or money. How many reviews a type
 * needs, from which amount more are needed, and which roles may review are configured per type.
 * The preparer never approves their own document, and one person counts once per round.
 *
 * @since 0.1
 */
@ProviderType
public interface ReviewService {

    /**
     * Submits a document for review as the current actor (the preparer). If the rule asks for no
     * review, the round is approved at once and the handler called.
     *
     * @throws org.neiqin.api.error.ConflictException if a round for it is already pending
     */
    Review submit(String documentType, String documentId, String title, Money amount);

    /**
     * Submits a document for review with a title each reader sees in their own language (the
     * review keeps its key and arguments; {@link Review#title()} is the English).
     *
     * @since 0.2
     */
    Review submit(String documentType, String documentId, org.neiqin.api.error.Text title, Money amount);

    /**
     * Records the current actor's decision.
     *
     * @throws org.neiqin.api.error.AccessDeniedException if the actor prepared it, already decided
     *         in this round, or holds no reviewer role for the type
     * @throws org.neiqin.api.error.ValidationException if a rejection has no reason
     * @throws org.neiqin.api.error.ConflictException if the round is no longer pending
     */
    Review decide(long reviewId, Verdict verdict, String reason);

    /** @throws org.neiqin.api.error.NotFoundException if there is none */
    Review get(long reviewId);

    /** @return the latest round of a document, if it was ever submitted. */
    Optional<Review> latest(String documentType, String documentId);

    /** @return pending rounds the current actor may decide, oldest first. */
    List<Review> inbox();
}
