package org.neiqin.expenses.internal.budgets;

/**
 * Whose budget: a salesperson's (the key is the login), a region's (a region code) or a department's. A claim is charged
 * to the most particular budget that covers it. Labels are {@code enum.BudgetScope.<NAME>}.
 */
public enum BudgetScope {
    SALESPERSON,
    REGION,
    DEPARTMENT
}
