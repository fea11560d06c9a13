package org.neiqin.api.crm;

/**
 * How a customer pays.
 *
 * @since 0.1
 */
public enum PaymentTerms {
    /** 先款后货: money first, then goods. */
    PREPAYMENT,
    /** 月结: monthly settlement. */
    MONTHLY_SETTLEMENT,
    /** 赊销: credit for a number of days. */
    CREDIT
}
