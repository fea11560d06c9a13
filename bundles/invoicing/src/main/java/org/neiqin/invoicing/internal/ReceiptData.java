package org.neiqin.invoicing.internal;

import java.time.LocalDate;

import org.neiqin.api.crm.CustomerDirectory;
import org.neiqin.api.money.Money;
import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;

/** Money received as finance records it: from whom, on which day, how, how much, and the bank's or bill's reference. */
public record ReceiptData(
        @Spec(required = true, kind = Kind.ID, lookup = CustomerDirectory.LOOKUP) Long customerId,
        @Spec(required = true, kind = Kind.DATE) LocalDate receivedOn,
        @Spec(required = true) PaymentMethod method,
        @Spec(required = true, kind = Kind.AMOUNT, positive = true) Money amount,
        @Spec(max = 60) String reference,
        @Spec(max = 500, kind = Kind.LONG_TEXT) String note) {
}
