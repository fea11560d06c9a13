package org.neiqin.api.review;

/**
 * A reviewer's decision.
 *
 * @since 0.1
 */
public enum Verdict {
    APPROVE,
    /** Sends the document back to its preparer; a reason is required. */
    REJECT
}
