package org.neiqin.invoicing.internal;

/** How the invoice exists: fully digital (全面数字化的电子发票) or on paper. */
public enum InvoiceMedium {
    DIGITAL,
    PAPER
}
