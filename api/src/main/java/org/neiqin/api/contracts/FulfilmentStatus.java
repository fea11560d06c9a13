package org.neiqin.api.contracts;

/**
 * How far an order or contract in force is fulfilled, derived from the reported deliveries,
 * invoices and payments.
 *
 * @since 0.1
 */
public enum FulfilmentStatus {
    /** Nothing delivered yet, delivery date not passed. */
    OPEN,
    /** Something delivered, invoiced or paid, not everything. */
    PARTLY_FULFILLED,
    /** Every line delivered in full, invoiced and paid (as far as the installed modules report). */
    FULFILLED,
    /** The delivery date has passed and not everything is delivered. */
    OVERDUE,
    /** The document was closed. */
    CLOSED
}
