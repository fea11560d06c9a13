package org.neiqin.invoicing.internal;

/** The kind of VAT invoice: a special invoice (专用发票), whose tax the buyer deducts, or an ordinary one (普通发票). */
public enum InvoiceType {
    SPECIAL,
    ORDINARY
}
