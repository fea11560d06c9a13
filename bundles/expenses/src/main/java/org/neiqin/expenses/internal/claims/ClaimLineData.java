package org.neiqin.expenses.internal.claims;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.neiqin.api.crm.CustomerDirectory;
import org.neiqin.api.money.Money;
import org.neiqin.expenses.internal.Category;
import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;

/**
 * One line as the claimant enters it: the day, the category, the amount claimed, the fapiao's number and amount, the
 * city and the nights or days of a travel line, the customer or the activity (the number of an approved application) it was for.
 */
public record ClaimLineData(
        @Spec(group = "line", required = true, kind = Kind.DATE) LocalDate day,
        @Spec(group = "line", required = true, kind = Kind.CHOICE) Category category,
        @Spec(group = "line", required = true, kind = Kind.AMOUNT, positive = true) Money amount,
        @Spec(group = "line", max = 40, required = true) String fapiaoNo,
        @Spec(group = "line", required = true, kind = Kind.AMOUNT, positive = true) Money fapiaoAmount,
        @Spec(group = "line", max = 40) String city,
        @Spec(group = "line", kind = Kind.QUANTITY, positive = true) BigDecimal days,
        @Spec(group = "line", kind = Kind.ID, lookup = CustomerDirectory.LOOKUP) Long customerId,
        @Spec(group = "line", max = 30) String activity,
        @Spec(group = "line", max = 300) String note) {
}
