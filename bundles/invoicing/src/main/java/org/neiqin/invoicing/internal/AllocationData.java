package org.neiqin.invoicing.internal;

import org.neiqin.api.money.Money;
import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;

/** Part of a receipt matched to an issued invoice of the same customer. */
public record AllocationData(
        @Spec(group = "allocation", required = true, kind = Kind.ID) Long invoiceId,
        @Spec(group = "allocation", required = true, kind = Kind.AMOUNT, positive = true) Money amount) {
}
