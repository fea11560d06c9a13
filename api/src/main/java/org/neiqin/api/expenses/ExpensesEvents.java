package org.neiqin.api.expenses;

/**
 * The topics the expense claims module publishes on EventAdmin once the transaction that did the thing commits, with
 * {@link org.neiqin.api.event.NeiqinEvents#ACTOR} and {@code id}, {@code code} and the properties named here.
 *
 * @since 0.1
 */
public final class ExpensesEvents {
    /** A claim was submitted: {@code claimant}, {@code total}. */
    public static final String CLAIM_SUBMITTED = "org/neiqin/expenses/claim/SUBMITTED";
    /** A claim was approved (at its last level): {@code claimant}, {@code total}. */
    public static final String CLAIM_APPROVED = "org/neiqin/expenses/claim/APPROVED";
    /** A claim was paid, or settled against its advance: {@code claimant}, {@code total}. */
    public static final String CLAIM_PAID = "org/neiqin/expenses/claim/PAID";
    /** An expense application was approved: {@code applicant}, {@code amount}. */
    public static final String APPLICATION_APPROVED = "org/neiqin/expenses/application/APPROVED";
    /** An application was verified against its receipts: {@code applicant}, {@code amount} (what was spent). */
    public static final String APPLICATION_VERIFIED = "org/neiqin/expenses/application/VERIFIED";
    /** An advance was paid to its borrower: {@code borrower}, {@code amount}. */
    public static final String ADVANCE_OPENED = "org/neiqin/expenses/advance/OPENED";
    /** An advance was settled: {@code borrower}, {@code amount}. */
    public static final String ADVANCE_SETTLED = "org/neiqin/expenses/advance/SETTLED";

    private ExpensesEvents() {
    }
}
