package org.neiqin.expenses.internal.advances;

import java.time.LocalDate;

import org.neiqin.api.money.Money;
import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;

/** An advance as the borrower asks for it: a trip's (with its days) or the monthly float. */
public record AdvanceData(
        @Spec(required = true, kind = Kind.CHOICE) AdvanceKind kind,
        @Spec(max = 300, required = true) String purpose,
        @Spec(required = true, kind = Kind.AMOUNT, positive = true) Money amount,
        @Spec(kind = Kind.DATE) LocalDate tripFrom,
        @Spec(kind = Kind.DATE) LocalDate tripTo,
        @Spec(max = 500, kind = Kind.LONG_TEXT) String note) {
}
