package org.neiqin.invoicing.internal;

import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;

/**
 * An invoice request's header as the back office fills it: the order or contract it bills, the kind of invoice and how
 * it is issued, and a note for finance.
 */
public record InvoiceData(
        @Spec(required = true, kind = Kind.ID) Long documentId,
        @Spec(required = true) InvoiceType invoiceType,
        @Spec(required = true) InvoiceMedium medium,
        @Spec(max = 500, kind = Kind.LONG_TEXT) String note) {
}
