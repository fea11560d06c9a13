package org.neiqin.api.expenses;

import java.time.LocalDate;
import java.util.List;

import org.neiqin.api.money.Money;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What was spent: the lines of approved and paid claims (on the day of each line) and the verified amount of each
 * marketing activity (on its first day) — a claim line of an activity counts in the activity, not twice. Offered by
 * {@code neiqin-expenses}; the caller reads it as the current user, who needs {@code expenses.read}.
 *
 * @since 0.1
 */
@ProviderType
public interface ExpenseLedger {
    /** How spending is added up. */
    enum By {
        /** the claimant's or applicant's login */
        SALESPERSON,
        /** the region code of the claimant (when they claimed) or of the activity */
        REGION,
        /** the category's name; an activity counts as PROMOTION */
        CATEGORY,
        /** the customer's id; spending for no customer is left out */
        CUSTOMER,
        /** the month, {@code yyyy-MM} */
        MONTH
    }

    /**
     * @param key the group (a login, a region code, a category, a customer id, a month); {@code ""} for none known
     */
    record Spend(String key, Money amount) {
    }

    /**
     * @return what was spent from {@code from} to {@code to} (both included), added up {@code by}, the largest first
     * @throws org.neiqin.api.error.AccessDeniedException without {@code expenses.read}
     */
    List<Spend> spend(LocalDate from, LocalDate to, By by);

    /** @return what was spent on a customer from {@code from} to {@code to} (both included) */
    Money spentOn(long customerId, LocalDate from, LocalDate to);
}
