package org.neiqin.api.credit;

import org.neiqin.api.crm.CreditTerms;
import org.neiqin.api.crm.PaymentTerms;
import org.neiqin.api.error.Text;
import org.neiqin.api.money.Money;

/**
 * The credit rule: the customer's limit against what is already owed plus what is to be added.
 *
 * @param limit the credit limit, or {@code null} when none applies
 * @param owed what the customer already owes
 * @param amount what is to be added
 * @param verdict the outcome
 * @since 0.1
 */
public record CreditCheck(Money limit, Money owed, Money amount, Verdict verdict) {
    /** How a check came out. */
    public enum Verdict {
        /** Within the limit. */
        WITHIN,
        /** Over the limit: a manager must approve. */
        OVER_LIMIT,
        /** Prepayment: the customer pays before anything is delivered, no credit is given. */
        PREPAID,
        /** The customer file grants no limit in this currency: nothing to check against. */
        NO_LIMIT,
        /**
         * On credit stop ({@link CreditStop}: invoices long overdue): a manager must approve whatever the limit says.
         *
         * @since 0.2
         */
        STOPPED
    }

    /** @return the rule applied to the customer's terms, what is owed and what is added */
    public static CreditCheck of(CreditTerms terms, Money owed, Money amount) {
        if (terms.paymentTerms() == PaymentTerms.PREPAYMENT) {
            return new CreditCheck(terms.limit(), owed, amount, Verdict.PREPAID);
        }
        if (terms.limit() == null || !terms.limit().currency().equals(amount.currency())) {
            return new CreditCheck(terms.limit(), owed, amount, Verdict.NO_LIMIT);
        }
        boolean over = owed.plus(amount).compareTo(terms.limit()) > 0;
        return new CreditCheck(terms.limit(), owed, amount, over ? Verdict.OVER_LIMIT : Verdict.WITHIN);
    }

    /**
     * @return the rule applied as {@link #of}, unless the customer is on credit stop and gets credit: then
     *         {@link Verdict#STOPPED} (a prepaying customer is not given credit anyway)
     * @since 0.2
     */
    public static CreditCheck of(CreditTerms terms, Money owed, Money amount, boolean stopped) {
        CreditCheck check = of(terms, owed, amount);
        return stopped && check.verdict != Verdict.PREPAID ? new CreditCheck(terms.limit(), owed, amount, Verdict.STOPPED)
                : check;
    }

    /** @return whether a manager must approve before the goods or the document go on */
    public boolean isOver() {
        return verdict == Verdict.OVER_LIMIT || verdict == Verdict.STOPPED;
    }

    /** @return what the check found, for the document and the reviewer */
    public Text text() {
        return switch (verdict) {
            case PREPAID -> Text.of("credit.prepaid", "prepayment terms: no credit given");
            case STOPPED -> Text.of("credit.stopped", "credit stop for invoices long overdue (see the customer card), open {0},"
                    + " this document {1}: a manager must approve", owed, amount);
            case NO_LIMIT -> Text.of("credit.noLimit", "the customer file grants no credit limit in {0}",
                    amount.currency().getCurrencyCode());
            case OVER_LIMIT -> Text.of("credit.over", "credit limit {0}, open {1}, this document {2}: over the limit by {3}",
                    limit, owed, amount, owed.plus(amount).minus(limit));
            default -> Text.of("credit.within", "credit limit {0}, open {1}, this document {2}: within the limit", limit, owed,
                    amount);
        };
    }
}
