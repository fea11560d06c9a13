package org.neiqin.api.contracts;

/**
 * EventAdmin topics of the contracts module, posted after the change commits.
 *
 * @since 0.1
 */
public final class ContractEvents {
    /** A sales order was confirmed. Properties: all below. */
    public static final String ORDER_CONFIRMED = "neiqin/contracts/order/CONFIRMED";
    /** A contract or agreement took effect. Properties: all below. */
    public static final String CONTRACT_EFFECTIVE = "neiqin/contracts/contract/EFFECTIVE";
    /** An amendment of an order or contract in force was approved: {@link #REVISION} is the new one. */
    public static final String AMENDED = "neiqin/contracts/document/AMENDED";
    /** An order or contract was closed. */
    public static final String CLOSED = "neiqin/contracts/document/CLOSED";

    /**
     * String: the document id, as review events ({@link org.neiqin.api.event.NeiqinEvents#DOCUMENT_ID})
     * name it; one property has one type whatever the topic.
     *
     * @since 0.2 (a Long before)
     */
    public static final String DOCUMENT_ID = org.neiqin.api.event.NeiqinEvents.DOCUMENT_ID;
    /** String: the company number. */
    public static final String NUMBER = "number";
    /** String: the {@link DocumentKind} name. */
    public static final String KIND = "kind";
    /** Long: the customer id. */
    public static final String CUSTOMER_ID = "customerId";
    /** Integer: the revision in force. */
    public static final String REVISION = "revision";
    /** String: the total as a decimal string. */
    public static final String TOTAL = "total";
    /** String: the currency code of the total. */
    public static final String CURRENCY = "currency";

    private ContractEvents() {
    }
}
