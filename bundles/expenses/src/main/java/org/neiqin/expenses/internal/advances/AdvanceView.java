package org.neiqin.expenses.internal.advances;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.neiqin.api.money.Money;

/**
 * An advance with where it stands: {@code claimed} by its approved claims, and the balance — positive: to return,
 * negative: to pay out, zero: settles as it is.
 *
 * @param settlement TO_RETURN, TO_PAY or EVEN for a paid advance; null before it is paid and after it is settled
 */
public record AdvanceView(long id, String code, int version, AdvanceState state, String borrower, AdvanceData data,
        LocalDate paidOn, LocalDate dueOn, Money claimed, Money balance, String settlement, Money returned,
        Money paidOut, LocalDate settledOn, boolean overdue, List<Claim> claims, Instant updatedAt, String updatedBy) {
    /** @return the settlement of a paid advance with this balance */
    static String settlement(AdvanceState state, Money balance) {
        if (state != AdvanceState.PAID) {
            return null;
        }
        return balance.amount().signum() > 0 ? "TO_RETURN" : balance.amount().signum() < 0 ? "TO_PAY" : "EVEN";
    }

    /** A claim that settles the advance. */
    public record Claim(long id, String code, String state, Money total) {
    }
}
