package org.neiqin.invoicing.internal;

import org.neiqin.api.money.Money;
import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;

/** A price correction asked for: the order or contract, its line, the unit price to bill, and why. */
public record PriceCorrectionData(
        @Spec(required = true, kind = Kind.ID) Long documentId,
        @Spec(required = true, kind = Kind.ID) Long lineKey,
        @Spec(required = true, kind = Kind.AMOUNT, positive = true) Money unitPrice,
        @Spec(required = true, max = 500, kind = Kind.LONG_TEXT) String reason) {
}
