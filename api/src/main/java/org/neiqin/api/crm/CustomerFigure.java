package org.neiqin.api.crm;

import org.neiqin.api.money.Money;

/**
 * One figure another module shows on a customer's card.
 *
 * @param label what it is, in the reader's language
 * @param value the figure as text (when it is not an amount)
 * @param amount the figure as an amount, or {@code null}
 * @param outstanding whether the amount is owed by the customer and counts against the credit limit
 * @since 0.1
 */
public record CustomerFigure(String label, String value, Money amount, boolean outstanding) {

    /**
     * What a customer owes according to some figures: the amounts marked {@link #outstanding()} in
     * {@code currency}, added up, as the credit exposure and the credit checks count it.
     *
     * @return that sum; zero when no figure counts
     * @since 0.4
     */
    public static Money owed(java.util.Collection<CustomerFigure> figures, String currency) {
        Money sum = Money.zero(currency);
        for (CustomerFigure f : figures) {
            if (f.outstanding() && f.amount() != null && f.amount().currency().getCurrencyCode().equals(currency)) {
                sum = sum.plus(f.amount());
            }
        }
        return sum;
    }
}
