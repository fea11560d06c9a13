package org.neiqin.logistics.internal;

import org.neiqin.api.crm.PaymentTerms;

/**
 * How the payment gate (先款后货) stands for a note: whether its goods may leave as far as money goes.
 */
public enum Gate {
    /** Not prepaid: the customer's terms let the goods go before the money. */
    OPEN,
    /** Prepaid, and finance signed that the money arrived (or agreed to a manager's exception). */
    SIGNED,
    /** Prepaid, not signed by finance: the goods wait. */
    HELD;

    /** @return how the gate stands for a note under {@code terms} signed (or not) by finance */
    public static Gate of(PaymentTerms terms, String financeSignedBy) {
        return terms != PaymentTerms.PREPAYMENT ? OPEN : financeSignedBy != null ? SIGNED : HELD;
    }

    /** @return whether the goods may leave */
    public boolean isOpen() {
        return this != HELD;
    }

    /**
     * @return the stricter of the terms a note copied when it was prepared and those on the customer's
     *         file today: a customer moved to prepayment since does not ship without finance's signature
     */
    public static PaymentTerms stricter(PaymentTerms onNote, PaymentTerms inForce) {
        return onNote == PaymentTerms.PREPAYMENT || inForce == PaymentTerms.PREPAYMENT ? PaymentTerms.PREPAYMENT : onNote;
    }

    /**
     * @return the terms a note's goods leave under today: the stricter of the note's and those on the
     *         customer's file (read only for a note that may ship on credit: nothing is stricter than
     *         prepayment)
     */
    static PaymentTerms inForce(NoteEntity e, org.neiqin.api.credit.CreditService credit) {
        return e.paymentTerms == PaymentTerms.PREPAYMENT ? e.paymentTerms
                : stricter(e.paymentTerms, credit.terms(e.customerId).paymentTerms());
    }
}
