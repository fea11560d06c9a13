package org.neiqin.api.logistics;

/**
 * EventAdmin topics of the logistics module, posted after the change commits. Every event carries
 * {@link #DOCUMENT_ID}, {@link #NUMBER}, {@link #ORDER_ID}, {@link #ORDER_NUMBER},
 * {@link #CUSTOMER_ID}, {@link #AMOUNT} and {@link #CURRENCY}; {@link #EXCEPTION} carries
 * {@link #REASON} too, and {@link #RETURNED} names the return in {@link #RETURN_NUMBER}.
 *
 * @since 0.1
 */
public final class LogisticsEvents {
    /** A delivery note was prepared against an order or contract. */
    public static final String PREPARED = "neiqin/logistics/note/PREPARED";
    /** A delivery note passed its review (and, when it was held, the credit round): it may ship. */
    public static final String REVIEWED = "neiqin/logistics/note/REVIEWED";
    /** The goods of a note left the warehouse. */
    public static final String SHIPPED = "neiqin/logistics/note/SHIPPED";
    /** The goods of a note reached the customer. */
    public static final String DELIVERED = "neiqin/logistics/note/DELIVERED";
    /** Something went wrong with a shipment on its way. */
    public static final String EXCEPTION = "neiqin/logistics/note/EXCEPTION";
    /** A return of goods of a note was accepted: the delivered quantities are less by it. */
    public static final String RETURNED = "neiqin/logistics/note/RETURNED";

    /** String: the delivery note's id, as review events name a document. */
    public static final String DOCUMENT_ID = org.neiqin.api.event.NeiqinEvents.DOCUMENT_ID;
    /** String: the delivery note's number, e.g. {@code FH202612-0001}. */
    public static final String NUMBER = "number";
    /** Long: the order or contract the note delivers against. */
    public static final String ORDER_ID = "orderId";
    /** String: that order's or contract's number. */
    public static final String ORDER_NUMBER = "orderNumber";
    /** Long: the customer id. */
    public static final String CUSTOMER_ID = "customerId";
    /** String: the value of the note's goods as a decimal string. */
    public static final String AMOUNT = "amount";
    /** String: the currency code of the amount. */
    public static final String CURRENCY = "currency";
    /** String: what went wrong ({@link #EXCEPTION}). */
    public static final String REASON = org.neiqin.api.event.NeiqinEvents.REASON;
    /** String: the return's number ({@link #RETURNED}), e.g. {@code TH202612-0001}. */
    public static final String RETURN_NUMBER = "returnNumber";

    private LogisticsEvents() {
    }
}
