package org.neiqin.api.review;

import java.time.Instant;

/**
 * One recorded review decision.
 *
 * @param reviewer user name
 * @param at when (UTC)
 * @param verdict approve or reject
 * @param reason the reviewer's words (required for a rejection)
 * @since 0.1
 */
public record Decision(String reviewer, Instant at, Verdict verdict, String reason) {
}
