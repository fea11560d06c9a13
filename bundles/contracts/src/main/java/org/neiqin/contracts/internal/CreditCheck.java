package org.neiqin.contracts.internal;

import org.neiqin.api.crm.CreditTerms;
import org.neiqin.api.crm.PaymentTerms;
import org.neiqin.api.money.Money;

/**
 * The credit check on confirming a sale: the customer's limit against what is already open
 * (orders and contracts in force, less what was paid on them) plus this document.
 *
 * @param limit the credit limit, or {@code null} when none applies
 * @param inUse what the customer already has open
 * @param amount this document's total
 * @param verdict the outcome
 */
record CreditCheck(Money limit, Money inUse, Money amount, Verdict verdict) {
    /** How a check came out. */
    enum Verdict {
        /** Within the limit. */
        WITHIN,
        /** Over the limit: a manager must approve. */
        OVER_LIMIT,
        /** Prepayment: the customer pays before anything is delivered, no credit is given. */
        PREPAID,
        /** The customer file grants no limit: nothing to check against. */
        NO_LIMIT
    }

    static CreditCheck of(CreditTerms terms, Money inUse, Money amount) {
        if (terms.paymentTerms() == PaymentTerms.PREPAYMENT) {
            return new CreditCheck(terms.limit(), inUse, amount, Verdict.PREPAID);
        }
        if (terms.limit() == null || !terms.limit().currency().equals(amount.currency())) {
            return new CreditCheck(terms.limit(), inUse, amount, Verdict.NO_LIMIT);
        }
        boolean over = inUse.plus(amount).compareTo(terms.limit()) > 0;
        return new CreditCheck(terms.limit(), inUse, amount, over ? Verdict.OVER_LIMIT : Verdict.WITHIN);
    }

    /** @return what the check found, for the document and the reviewer. */
    String describe() {
        switch (verdict) {
            case PREPAID:
                return "prepayment terms: no credit given";
            case NO_LIMIT:
                return "the customer file grants no credit limit in " + amount.currency().getCurrencyCode();
            default:
                return "credit limit " + limit + ", open " + inUse + ", this document " + amount + ": "
                        + (verdict == Verdict.OVER_LIMIT ? "over the limit by " + inUse.plus(amount).minus(limit)
                                : "within the limit");
        }
    }
}
