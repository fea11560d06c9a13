package org.neiqin.api.contracts;

/**
 * Where a document stands in its life. Only a {@link #DRAFT} is edited; a document in force
 * changes through a reviewed amendment.
 *
 * @since 0.1
 */
public enum DocumentState {
    /** Being prepared (also after a reviewer returned it). */
    DRAFT,
    /** Submitted; waiting for the reviews its type and amount require. */
    IN_REVIEW,
    /** Reviewed, but over the customer's credit limit: waits for a manager's approval. */
    CREDIT_HOLD,
    /** A quotation whose prices are approved: it may be sent to the customer. */
    APPROVED,
    /** An order confirmed or a contract in effect, with its number. */
    EFFECTIVE,
    /** A quotation that became an order. */
    CONVERTED,
    /** Closed: fulfilled and settled, or ended; nothing more happens to it. */
    CLOSED
}
