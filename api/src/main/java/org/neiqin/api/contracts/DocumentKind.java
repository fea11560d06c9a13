package org.neiqin.api.contracts;

/**
 * The kinds of document the contracts module keeps.
 *
 * @since 0.1
 */
public enum DocumentKind {
    /** Quotation (报价单): prices approved by a supervisor, revised after feedback, converted to an order. */
    QUOTATION,
    /** Sales order (销售订单): reviewed, credit-checked and confirmed with a company number. */
    ORDER,
    /** Sales contract (购销合同, 销售). */
    SALES_CONTRACT,
    /** Purchase contract (采购合同): the counterparty is a supplier. */
    PURCHASE_CONTRACT,
    /** Distribution agreement (经销协议). */
    DISTRIBUTION_AGREEMENT;

    /** @return whether the customer owes us for it (credit check, receivables). */
    public boolean isSale() {
        return this == ORDER || this == SALES_CONTRACT || this == DISTRIBUTION_AGREEMENT;
    }
}
