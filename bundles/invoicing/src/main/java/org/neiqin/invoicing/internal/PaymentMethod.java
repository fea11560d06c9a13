package org.neiqin.invoicing.internal;

/** How money came in: a bank transfer (电汇), an acceptance bill (承兑汇票) or cash. */
public enum PaymentMethod {
    BANK_TRANSFER,
    ACCEPTANCE_BILL,
    CASH
}
