package org.neiqin.contracts.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.neiqin.api.money.Money;

/** Contract statistics: count, value and fulfilment rate per period and per salesperson, customer or region. */
public final class Statistics {
    /** How dates are grouped. */
    public enum Period { MONTH, QUARTER, YEAR }

    /** What the rows are split by besides the period. */
    public enum Dimension { NONE, SALESPERSON, CUSTOMER, REGION }

    /**
     * Documents counted together, or what was delivered on them: sums from the database.
     *
     * @param date a document date of theirs (its period is what counts)
     * @param salesperson responsible salesperson
     * @param customer customer name
     * @param region region code
     * @param count how many documents
     * @param value their total
     * @param delivered the value delivered so far
     */
    record Item(LocalDate date, String salesperson, String customer, String region, long count, BigDecimal value,
            BigDecimal delivered) {

        /** @return a sum from the database: {@code group} is the value of the field {@code dimension} splits by. */
        static Item sum(Dimension dimension, LocalDate date, String group, long count, BigDecimal value,
                BigDecimal delivered) {
            return new Item(date, dimension == Dimension.SALESPERSON ? group : null,
                    dimension == Dimension.CUSTOMER ? group : null, dimension == Dimension.REGION ? group : null, count,
                    value, delivered);
        }
    }

    /**
     * One row of the statistics.
     *
     * @param period e.g. {@code 2026-03}, {@code 2026-Q1}, {@code 2026}
     * @param group the salesperson, customer or region ({@code ""} without a dimension)
     * @param count documents
     * @param value their total value
     * @param delivered value delivered
     * @param rate delivered / value in percent, two decimals (0 when the value is 0)
     */
    public record Row(String period, String group, long count, Money value, Money delivered, BigDecimal rate) {
    }

    private Statistics() {
    }

    static String period(LocalDate d, Period p) {
        switch (p) {
            case MONTH: return String.format("%d-%02d", d.getYear(), d.getMonthValue());
            case QUARTER: return d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
            default: return String.valueOf(d.getYear());
        }
    }

    /** @param currency the documents': the company's */
    static List<Row> aggregate(List<Item> items, Period period, Dimension dimension, String currency) {
        List<Row> rows = new ArrayList<>();
        sum(items, i -> period(i.date(), period), i -> switch (dimension) {
            case SALESPERSON -> nz(i.salesperson());
            case CUSTOMER -> nz(i.customer());
            case REGION -> nz(i.region());
            default -> "";
        }, i -> new BigDecimal[] {BigDecimal.valueOf(i.count()), i.value(), i.delivered()})
                .forEach((p, groups) -> groups.forEach((g, s) -> rows.add(new Row(p, g, s[0].longValue(),
                        Money.of(s[1], currency), Money.of(s[2], currency), rate(s[2], s[1])))));
        return rows;
    }

    /**
     * @return the figures of {@code items} summed per period and group, both in order (a report's rows); every item
     *         gives as many figures
     */
    static <T> Map<String, Map<String, BigDecimal[]>> sum(List<T> items, Function<T, String> periodOf,
            Function<T, String> groupOf, Function<T, BigDecimal[]> figuresOf) {
        Map<String, Map<String, BigDecimal[]>> sums = new TreeMap<>();
        for (T i : items) {
            BigDecimal[] figures = figuresOf.apply(i);
            BigDecimal[] s = sums.computeIfAbsent(periodOf.apply(i), k -> new TreeMap<>())
                    .computeIfAbsent(nz(groupOf.apply(i)), k -> {
                        BigDecimal[] zeros = new BigDecimal[figures.length];
                        java.util.Arrays.fill(zeros, BigDecimal.ZERO);
                        return zeros;
                    });
            for (int f = 0; f < figures.length; f++) {
                s[f] = s[f].add(figures[f]);
            }
        }
        return sums;
    }

    public static BigDecimal rate(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
