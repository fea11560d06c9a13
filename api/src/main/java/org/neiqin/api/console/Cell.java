package org.neiqin.api.console;

import java.math.BigDecimal;

import org.neiqin.api.money.Money;

/**
 * A table cell, optionally a link.
 *
 * @param text shown (escaped); {@code null} shows empty
 * @param href optional console link, see {@link Link#href()}
 * @param number the amount or quantity the cell shows, or {@code null} for text: drawn right-aligned,
 *        exported to Excel and CSV as a number a spreadsheet can sum (since 0.7)
 * @since 0.1
 */
public record Cell(String text, String href, BigDecimal number) {
    /** A cell of text, or a link. */
    public Cell(String text, String href) {
        this(text, href, null);
    }

    /**
     * @return a cell showing {@code value}: money as {@code 1,000,000.00 CNY} and a {@code BigDecimal}
     *         (an amount, a quantity) with thousands separators, both kept as numbers for exports;
     *         anything else (ids and years too) as its text
     */
    public static Cell of(Object value) {
        if (value instanceof Money m) {
            return new Cell(m.text(), null, m.amount());
        }
        if (value instanceof BigDecimal b) {
            return new Cell(grouped(b), null, b);
        }
        return new Cell(value == null ? "" : String.valueOf(value), null);
    }

    /**
     * @return a cell showing a quantity or weight without trailing zeros ({@code 12.5}, not {@code 12.500}),
     *         right-aligned and kept as a number for exports; empty for {@code null}
     * @since 0.8
     */
    public static Cell quantity(BigDecimal q) {
        return of(q == null ? null : q.stripTrailingZeros().scale() < 0 ? q.setScale(0) : q.stripTrailingZeros());
    }

    public static Cell link(Object value, String href) { return new Cell(value == null ? "" : String.valueOf(value), href); }

    /** @return {@code amount} with thousands separators and its own decimals ({@code 1,000,000.00}, {@code 8.5}) */
    public static String grouped(BigDecimal amount) {
        return Money.grouped(amount);
    }
}
