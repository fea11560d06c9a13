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
}
