package org.neiqin.contracts.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.money.Money;

/**
 * The price level realised (平均价格执行情况): what lines naming a product were sold for against what the price lists
 * asked of the customer on the document's date, per period and per customer grade, region or product — for the
 * orders and contracts of sale in force or closed. A level under 100 % is prices given away.
 */
public final class PriceLevel {
    /** What the rows are split by besides the period. */
    public enum Dimension { GRADE, REGION, PRODUCT }

    /** One line as the report reads it: its document's date, whom and what it sold, its value sold and at list. */
    record Item(LocalDate date, String grade, String region, String product, BigDecimal sold, BigDecimal listed) {
    }

    /**
     * One row of the report.
     *
     * @param period e.g. {@code 2026-12}, {@code 2026-Q4}, {@code 2026}
     * @param group the grade, region code or product ({@code ""} where the document names none)
     * @param lines how many lines
     * @param sold what they were sold for (quantity × unit price)
     * @param listed what the price lists asked (quantity × list price)
     * @param level sold / listed in percent, two decimals
     */
    public record Row(String period, String group, long lines, Money sold, Money listed, BigDecimal level) {
    }

    private PriceLevel() {
    }

    /** @param currency the documents': the company's */
    static List<Row> rows(List<Item> items, Statistics.Period period, Dimension by, String currency) {
        List<Row> rows = new ArrayList<>();
        Statistics.sum(items, i -> Statistics.period(i.date(), period), i -> by == Dimension.GRADE ? i.grade()
                : by == Dimension.REGION ? i.region() : i.product(), i -> new BigDecimal[] {BigDecimal.ONE, i.sold(), i.listed()})
                .forEach((p, groups) -> groups.forEach((g, s) -> rows.add(new Row(p, g, s[0].longValue(),
                        Money.of(s[1], currency), Money.of(s[2], currency), level(s[1], s[2])))));
        return rows;
    }

    /** @return sold / listed in percent, two decimals (100 without a list value) */
    static BigDecimal level(BigDecimal sold, BigDecimal listed) {
        return listed.signum() == 0 ? BigDecimal.valueOf(100).setScale(2) : Statistics.rate(sold, listed);
    }
}
