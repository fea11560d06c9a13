package org.neiqin.contracts.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
        Map<String, Map<String, BigDecimal[]>> sums = new TreeMap<>();
        for (Item i : items) {
            String group = by == Dimension.GRADE ? i.grade() : by == Dimension.REGION ? i.region() : i.product();
            BigDecimal[] s = sums.computeIfAbsent(Statistics.period(i.date(), period), k -> new TreeMap<>())
                    .computeIfAbsent(group == null ? "" : group, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO,
                        BigDecimal.ZERO});
            s[0] = s[0].add(BigDecimal.ONE);
            s[1] = s[1].add(i.sold());
            s[2] = s[2].add(i.listed());
        }
        List<Row> rows = new ArrayList<>();
        sums.forEach((p, groups) -> groups.forEach((g, s) -> rows.add(new Row(p, g, s[0].longValue(),
                Money.of(s[1], currency), Money.of(s[2], currency), level(s[1], s[2])))));
        return rows;
    }

    /** @return sold / listed in percent, two decimals (100 without a list value) */
    static BigDecimal level(BigDecimal sold, BigDecimal listed) {
        return listed.signum() == 0 ? BigDecimal.valueOf(100).setScale(2)
                : sold.multiply(BigDecimal.valueOf(100)).divide(listed, 2, RoundingMode.HALF_UP);
    }
}
