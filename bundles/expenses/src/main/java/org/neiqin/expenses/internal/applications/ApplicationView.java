package org.neiqin.expenses.internal.applications;

import java.time.Instant;
import java.time.LocalDate;

import org.neiqin.api.money.Money;

/**
 * An application with where it stands.
 *
 * @param claimed what approved claims spent on the activity (lines naming it)
 * @param overdue approved, and not verified by its day
 * @param allowanceBase what the customer bought during the promotion, once verified
 * @param allowance the promotion's allowance to the customer (rate × base), once verified
 */
public record ApplicationView(long id, String code, int version, ApplicationState state, String applicant,
        ApplicationData data, String budgetName, String customerName, Money verified, Money claimed,
        LocalDate verifyBy, String receipts, String higher, boolean overdue, Money allowanceBase, Money allowance,
        Instant updatedAt, String updatedBy) {
}
