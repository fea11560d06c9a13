package org.neiqin.expenses.internal.budgets;

import java.time.Instant;

import org.neiqin.api.money.Money;

/** A budget with its figures: available = planned − committed − actual. */
public record BudgetView(long id, int version, BudgetData data, Money committed, Money actual, Money available,
        Instant updatedAt, String updatedBy) {
    /** @return whether more was approved than planned (a higher approval let it through) */
    public boolean overdrawn() {
        return available.isNegative();
    }
}
