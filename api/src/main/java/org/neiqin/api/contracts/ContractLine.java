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
 * @param productId the catalogue's product the line names (since 0.6), or {@code null} for a line typed as free text
 *        (contracts without {@code neiqin-catalog}, or a line entered before it); {@code product}, {@code spec} and
 *        {@code unit} are then the product's name, specification and unit as they were on the day the line was written
 * @param productCode the product's code on that day (since 0.6), or {@code null} with {@code productId}
 * @param listPrice the price the catalogue's price lists gave the customer for the product on the document's date
 *        when the line was written (since 0.6), or {@code null} when none did; a {@code unitPrice} under it is a
 *        deviation the document's reviewer sees
 * @since 0.1
 */
public record ContractLine(long id, int lineNo, String product, String spec, BigDecimal quantity, String unit,
        Money unitPrice, Money amount, BigDecimal weight, Long productId, String productCode, Money listPrice) {
    /** A line typed as free text, naming no product of the catalogue. */
    public ContractLine(long id, int lineNo, String product, String spec, BigDecimal quantity, String unit,
            Money unitPrice, Money amount, BigDecimal weight) {
        this(id, lineNo, product, spec, quantity, unit, unitPrice, amount, weight, null, null, null);
    }

    /**
     * @return how far the unit price is under the list price, in percent of it (positive: under), or {@code null}
     *         without a list price or at or over it
     * @since 0.6
     */
    public BigDecimal underList() {
        if (listPrice == null || unitPrice == null || unitPrice.amount().compareTo(listPrice.amount()) >= 0
                || listPrice.amount().signum() == 0) {
            return null;
        }
        return listPrice.amount().subtract(unitPrice.amount()).multiply(BigDecimal.valueOf(100))
                .divide(listPrice.amount(), 1, java.math.RoundingMode.HALF_UP);
    }
}
