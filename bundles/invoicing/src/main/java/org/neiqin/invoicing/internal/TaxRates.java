package org.neiqin.invoicing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The VAT rates an invoice line may carry, each valid from a day (and to a day, when the law changed it): configuration
 * ({@code taxRates} in {@code etc/org.neiqin.invoicing.cfg}, one {@code rate | from | to} each), not code. Pure.
 */
public final class TaxRates {
    /** The rates in force in China since 1 April 2019 (13 %, 9 %, 6 %; 3 % and 1 % for small-scale taxpayers; 0 %). */
    public static final String[] DEFAULT = {"13 | 2019-04-01 |", "9 | 2019-04-01 |", "6 | 2019-04-01 |",
        "3 | 2019-04-01 |", "1 | 2019-04-01 |", "0 | 2019-04-01 |"};

    /** One rate and the days it may be used on ({@code to} null: still valid). */
    public record Rate(BigDecimal percent, LocalDate from, LocalDate to) {
        boolean validOn(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    private final List<Rate> rates;

    private TaxRates(List<Rate> rates) {
        this.rates = List.copyOf(rates);
    }

    /**
     * @param entries {@code rate | from | to} each (to may be empty); none: {@link #DEFAULT}
     * @throws IllegalArgumentException naming the entry that is not one: a table that cannot be read stops the module
     *         with the reason in the log rather than dropping a rate
     */
    public static TaxRates parse(String[] entries) {
        List<Rate> out = new ArrayList<>();
        for (String e : entries == null || entries.length == 0 ? DEFAULT : entries) {
            String[] p = e.split("\\|", -1);
            try {
                if (p.length != 3) {
                    throw new IllegalArgumentException("three parts");
                }
                BigDecimal percent = new BigDecimal(p[0].trim());
                LocalDate from = LocalDate.parse(p[1].trim());
                LocalDate to = p[2].isBlank() ? null : LocalDate.parse(p[2].trim());
                if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0 || (to != null && to.isBefore(from))) {
                    throw new IllegalArgumentException("a rate from 0 to 100, valid to a day not before its first");
                }
                out.add(new Rate(percent.stripTrailingZeros(), from, to));
            } catch (DateTimeParseException | IllegalArgumentException bad) {
                throw new IllegalArgumentException("taxRates: '" + e + "' is not 'rate | yyyy-mm-dd | [yyyy-mm-dd]' ("
                        + bad.getMessage() + ")", bad);
            }
        }
        return new TaxRates(out);
    }

    /** @return whether {@code percent} may be used on an invoice dated {@code on} */
    public boolean valid(BigDecimal percent, LocalDate on) {
        return percent != null && rates.stream().anyMatch(r -> r.percent().compareTo(percent) == 0 && r.validOn(on));
    }

    /** @return the rates valid on a day, highest first, as a form offers them */
    public List<BigDecimal> on(LocalDate day) {
        return rates.stream().filter(r -> r.validOn(day)).map(Rate::percent).distinct()
                .sorted(java.util.Comparator.reverseOrder()).toList();
    }
}
