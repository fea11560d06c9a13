package org.neiqin.api.contracts;

import java.math.BigDecimal;

import org.neiqin.api.money.Money;

/**
 * One line of an order or contract.
 *
 * @param id the line's id: stable across amendments as long as the line exists, so deliveries and
 *        invoices stay attached to it
 * @param lineNo position on the document, from 1
 * @param product product or grade
 * @param spec model / specification
 * @param quantity ordered quantity, in {@code unit}
 * @param unit unit of measure (t, kg, pcs …)
 * @param unitPrice price of one unit
 * @param amount quantity × unit price, rounded to the currency
 * @param weight total weight in kg, if known
 * @since 0.1
 */
public record ContractLine(long id, int lineNo, String product, String spec, BigDecimal quantity, String unit,
        Money unitPrice, Money amount, BigDecimal weight) {
}
