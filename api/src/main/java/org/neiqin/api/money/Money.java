package org.neiqin.api.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of money in one currency. Immutable; arithmetic refuses to mix currencies.
 * The amount is kept at the currency's default scale (2 for CNY/USD/EUR) using HALF_UP,
 * the rounding Chinese invoices use.
 *
 * @since 0.1
 */
public final class Money implements Comparable<Money> {
    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal amount, Currency currency) {
        this.currency = Objects.requireNonNull(currency, "currency");
        int scale = Math.max(currency.getDefaultFractionDigits(), 0);
        this.amount = Objects.requireNonNull(amount, "amount").setScale(scale, RoundingMode.HALF_UP);
    }

    /** @return {@code amount} in {@code currencyCode} (ISO 4217, e.g. {@code CNY}). */
    public static Money of(BigDecimal amount, String currencyCode) {
        return new Money(amount, Currency.getInstance(currencyCode));
    }

    /** @return {@code amount} (a decimal string such as {@code "1234.50"}) in {@code currencyCode}. */
    public static Money of(String amount, String currencyCode) {
        return of(new BigDecimal(amount), currencyCode);
    }

    public static Money zero(String currencyCode) {
        return of(BigDecimal.ZERO, currencyCode);
    }

    public BigDecimal amount() { return amount; }

    public Currency currency() { return currency; }

    public Money plus(Money other) { return new Money(amount.add(same(other).amount), currency); }

    public Money minus(Money other) { return new Money(amount.subtract(same(other).amount), currency); }

    /** @return this amount times {@code factor} (a quantity or a rate), rounded to the currency's scale. */
    public Money times(BigDecimal factor) { return new Money(amount.multiply(factor), currency); }

    public boolean isNegative() { return amount.signum() < 0; }

    private Money same(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
        }
        return other;
    }

    @Override
    public int compareTo(Money o) { return amount.compareTo(same(o).amount); }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money && ((Money) o).currency.equals(currency) && ((Money) o).amount.equals(amount);
    }

    @Override
    public int hashCode() { return Objects.hash(amount, currency); }

    /** @return e.g. {@code "1234.50 CNY"}: the form to parse, store and exchange. */
    @Override
    public String toString() { return amount.toPlainString() + " " + currency.getCurrencyCode(); }

    /**
     * @return the amount as a reader sees it, e.g. {@code "1,234.50 CNY"} (in pages, messages and review titles)
     * @since 0.2
     */
    public String text() { return grouped(amount) + " " + currency.getCurrencyCode(); }

    /**
     * @return {@code amount} with thousands separators and its own decimals ({@code 1,000,000.00}, {@code 8.5})
     * @since 0.2
     */
    public static String grouped(BigDecimal amount) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setMinimumFractionDigits(Math.max(0, amount.scale()));
        f.setMaximumFractionDigits(Math.max(0, amount.scale()));
        return f.format(amount);
    }
}
