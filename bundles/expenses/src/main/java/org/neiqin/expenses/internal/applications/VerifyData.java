package org.neiqin.expenses.internal.applications;

import org.neiqin.api.money.Money;
import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;

/** A verification as the back office enters it: what the activity really cost, and the receipts that show it. */
public record VerifyData(
        @Spec(required = true, kind = Kind.AMOUNT) Money verified,
        @Spec(required = true, max = 500) String receipts) {
}
