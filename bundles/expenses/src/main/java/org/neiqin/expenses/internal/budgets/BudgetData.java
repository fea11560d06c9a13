package org.neiqin.expenses.internal.budgets;

import java.time.LocalDate;

import org.neiqin.api.money.Money;
import org.neiqin.expenses.internal.Category;
import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;

/**
 * A budget as a manager plans it: for a salesperson (login), a region (code) or a department, one category or all
 * (empty), from one day to another.
 */
public record BudgetData(
        @Spec(max = 100, required = true) String name,
        @Spec(required = true, kind = Kind.CHOICE) BudgetScope scope,
        @Spec(max = 100, required = true) String scopeKey,
        @Spec(kind = Kind.CHOICE) Category category,
        @Spec(required = true, kind = Kind.DATE) LocalDate periodFrom,
        @Spec(required = true, kind = Kind.DATE) LocalDate periodTo,
        @Spec(required = true, kind = Kind.AMOUNT) Money planned,
        @Spec(max = 500, kind = Kind.LONG_TEXT) String note) {
}
