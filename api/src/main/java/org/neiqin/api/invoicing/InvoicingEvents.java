package org.neiqin.api.invoicing;

/**
 * The topics invoicing publishes on EventAdmin once the transaction that did the thing commits, with
 * {@link org.neiqin.api.event.NeiqinEvents#ACTOR} and the properties named here.
 *
 * @since 0.1
 */
public final class InvoicingEvents {
    /** An invoice or a red-letter credit note was issued: {@code id}, {@code number}, {@code documentId}, {@code customerId}. */
    public static final String ISSUED = "org/neiqin/invoicing/invoice/ISSUED";
    /** Money was received from a customer: {@code id}, {@code customerId}, {@code amount}. */
    public static final String RECEIPT_RECORDED = "org/neiqin/invoicing/receipt/RECORDED";
    /**
     * An unpaid invoice reached a step of the collection ladder: {@code id}, {@code number}, {@code step} (REMIND,
     * REPORT, LETTER), {@code customerId}.
     */
    public static final String STEP_REACHED = "org/neiqin/invoicing/collection/STEP_REACHED";

    private InvoicingEvents() {
    }
}
