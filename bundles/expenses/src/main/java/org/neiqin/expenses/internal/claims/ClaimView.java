package org.neiqin.expenses.internal.claims;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.neiqin.api.money.Money;
import org.neiqin.expenses.internal.Category;

/**
 * A claim as REST, the console and the shell show it.
 *
 * @param stage whose approval a checked claim waits for ({@code MANAGER}, {@code HIGHER}), else {@code null}
 * @param higher why it needs the higher approval (reason keys: standard, cap, amount, budget, manager)
 */
public record ClaimView(long id, String code, int version, ClaimState state, String stage, String claimant,
        String grade, String region, String department, ClaimData data, String advanceCode, Money total,
        String checkedBy, List<String> higher, LocalDate paidOn, List<Line> lines, Instant createdAt, Instant updatedAt,
        String updatedBy) {
    /**
     * @param standard the most the travel standard allows for the line, or {@code null} where none applies
     * @param flags what the line goes over: {@code standard}, {@code cap:<per>:<amount>:<WARN|BLOCK>}
     * @param receipt the name of the line's receipt, {@code null} while it has none
     */
    public record Line(int lineNo, LocalDate day, Category category, Money amount, String fapiaoNo, Money fapiaoAmount,
            String city, BigDecimal days, Long customerId, String customerName, Long applicationId, String activity,
            String note,
            Money standard, List<String> flags, Long budgetId, String receipt) {
        public ClaimLineData data() {
            return new ClaimLineData(day, category, amount, fapiaoNo, fapiaoAmount, city, days, customerId, activity,
                    note);
        }
    }
}
