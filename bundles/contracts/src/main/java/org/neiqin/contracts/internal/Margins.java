package org.neiqin.contracts.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.money.Money;

/**
 * The margin (毛利) of what was sold, per product, customer or salesperson, for managers: the value of the lines
 * naming a catalogue product (quantity × unit price, as sold, tax included) against what the goods cost the company
 * (quantity × the product's cost price in the catalogue today) — for the orders and contracts of sale in force or
 * closed in a period. A line whose product has no cost price is counted apart and left out of the sums.
 */
public final class Margins {
    /** What the rows are split by. */
    public enum Dimension { PRODUCT, CUSTOMER, SALESPERSON }

    /** One line as the report reads it: whom and what it sold, by whom, its value, its cost (null: none known). */
    record Item(String product, String customer, String salesperson, BigDecimal sold, BigDecimal cost) {
    }

    /**
     * One row of the report.
     *
     * @param group the product (code and name), customer or salesperson ({@code ""} where none is named)
     * @param lines how many lines with a cost
     * @param sold what they were sold for
     * @param cost what they cost
     * @param margin sold − cost
     * @param rate margin / sold in percent, two decimals
     * @param withoutCost lines of the group whose product has no cost price (not in the sums)
     */
    public record Row(String group, long lines, Money sold, Money cost, Money margin, BigDecimal rate, long withoutCost) {
    }

    private Margins() {
    }

    /** @return a row per group, the largest margin first */
    static List<Row> rows(List<Item> items, Dimension by, String currency) {
        List<Row> rows = new ArrayList<>();
        Statistics.sum(items, i -> "", i -> by == Dimension.PRODUCT ? i.product() : by == Dimension.CUSTOMER
                ? i.customer() : i.salesperson(), i -> i.cost() == null
                        ? new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE}
                        : new BigDecimal[] {BigDecimal.ONE, i.sold(), i.cost(), BigDecimal.ZERO})
                .forEach((p, groups) -> groups.forEach((g, s) -> {
                    BigDecimal sold = s[1].setScale(2, RoundingMode.HALF_UP);
                    BigDecimal cost = s[2].setScale(2, RoundingMode.HALF_UP);
                    BigDecimal margin = sold.subtract(cost);
                    rows.add(new Row(g, s[0].longValue(), Money.of(sold, currency), Money.of(cost, currency),
                            Money.of(margin, currency), Statistics.rate(margin, sold), s[3].longValue()));
                }));
        rows.sort((a, b) -> b.margin().amount().compareTo(a.margin().amount()));
        return rows;
    }
}
