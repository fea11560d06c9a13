package org.neiqin.contracts.internal;

import org.neiqin.api.crm.CreditTerms;
import org.neiqin.api.crm.PaymentTerms;
import org.neiqin.api.error.Text;
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

    /** @return what the check found, for the document and the reviewer (English). */
    String describe() {
        return text().toString();
    }

    /** @return what the check found, in the reader's language where it is shown. */
    Text text() {
        switch (verdict) {
            case PREPAID:
                return Text.of("contracts.credit.prepaid", "prepayment terms: no credit given");
            case NO_LIMIT:
                return Text.of("contracts.credit.noLimit", "the customer file grants no credit limit in {0}",
                        amount.currency().getCurrencyCode());
            case OVER_LIMIT:
                return Text.of("contracts.credit.over", "credit limit {0}, open {1}, this document {2}: over the limit by {3}",
                        limit, inUse, amount, inUse.plus(amount).minus(limit));
            default:
                return Text.of("contracts.credit.within", "credit limit {0}, open {1}, this document {2}: within the limit",
                        limit, inUse, amount);
        }
    }
}
