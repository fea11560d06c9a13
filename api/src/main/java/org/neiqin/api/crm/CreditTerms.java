package org.neiqin.api.crm;

import org.neiqin.api.money.Money;

/**
 * What a customer may owe us, for credit checks in orders and deliveries.
 *
 * @param rating credit rating (信用等级), e.g. {@code AAA}, {@code B}
 * @param limit credit limit; {@code null} means none was granted
 * @param paymentTerms prepayment, monthly settlement or credit
 * @param creditDays days of credit when terms are {@link PaymentTerms#CREDIT}
 * @since 0.1
 */
public record CreditTerms(String rating, Money limit, PaymentTerms paymentTerms, int creditDays) {
}
