package org.neiqin.api.review;

/**
 * Where a review round stands.
 *
 * @since 0.1
 */
public enum ReviewState {
    /** Waiting for more approvals. */
    PENDING,
    /** All required approvals given: the document takes effect. */
    APPROVED,
    /** A reviewer rejected it: back with the preparer, who may change it and submit again. */
    REJECTED
}
