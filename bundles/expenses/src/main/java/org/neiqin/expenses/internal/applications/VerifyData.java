package org.neiqin.expenses.internal.applications;

import org.neiqin.api.money.Money;
import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;

/**
 * A verification as the back office enters it: what the activity really cost, the receipts that show it and, for a
 * promotion with an allowance when the contracts module is not installed, what the customer bought during it.
 */
public record VerifyData(
        @Spec(required = true, kind = Kind.AMOUNT) Money verified,
        @Spec(required = true, max = 500) String receipts,
        @Spec(kind = Kind.AMOUNT) Money allowanceBase) {
}
