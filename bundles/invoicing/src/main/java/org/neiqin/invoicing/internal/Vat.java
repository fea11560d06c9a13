package org.neiqin.invoicing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Chinese VAT on an invoice's lines (增值税): each line's 金额 (amount without tax), 税额 (tax) and 价税合计 (total with
 * tax), rounded per line to the fen, then summed, so that total = amount + tax exactly on every line and on the
 * invoice; and the total in capital numerals (大写) as the invoice prints it. Prices are entered tax included or tax
 * excluded, as the company chooses. Pure: no double anywhere.
 */
public final class Vat {
    /** One line's or one invoice's figures, to the fen. */
    public record Figures(BigDecimal amount, BigDecimal tax, BigDecimal total) {
        /** Nothing yet: the start of a sum. */
        public static final Figures ZERO = new Figures(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2));

        public Figures plus(Figures other) {
            return new Figures(amount.add(other.amount), tax.add(other.tax), total.add(other.total));
        }
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Vat() {
    }

    /**
     * @param ratePercent the VAT rate in percent (13, 9, 6, 3, 1, 0)
     * @param taxIncluded whether {@code unitPrice} includes the tax: the total is then quantity × price and the
     *        amount is taken out of it; otherwise the amount is quantity × price and the tax is added
     * @return the line's amount, tax and total, each to the fen (half up), total = amount + tax
     */
    public static Figures line(BigDecimal quantity, BigDecimal unitPrice, BigDecimal ratePercent, boolean taxIncluded) {
        BigDecimal value = quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
        if (taxIncluded) {
            BigDecimal amount = value.multiply(HUNDRED).divide(HUNDRED.add(ratePercent), 2, RoundingMode.HALF_UP);
            return new Figures(amount, value.subtract(amount), value);
        }
        BigDecimal tax = value.multiply(ratePercent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        return new Figures(value, tax, value.add(tax));
    }

    /** @return the lines' figures summed (each already rounded: an invoice's tax is the sum of its lines' tax) */
    public static Figures sum(List<Figures> lines) {
        Figures out = Figures.ZERO;
        for (Figures f : lines) {
            out = out.plus(f);
        }
        return out;
    }

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] IN_GROUP = {"", "拾", "佰", "仟"};
    private static final String[] GROUPS = {"", "万", "亿", "万亿"};

    /**
     * @return an amount in capital numerals as a Chinese invoice or cheque writes it: {@code 1005.07} is
     *         壹仟零伍元零柒分, {@code 113000} is 壹拾壹万叁仟元整, a negative amount (a credit note) starts with 负
     */
    public static String capital(BigDecimal amount) {
        BigDecimal a = amount.setScale(2, RoundingMode.HALF_UP);
        String sign = a.signum() < 0 ? "负" : "";
        a = a.abs();
        long yuan = a.longValue();
        int fen = a.subtract(BigDecimal.valueOf(yuan)).movePointRight(2).intValueExact();
        int jiao = fen / 10;
        fen %= 10;
        StringBuilder sb = new StringBuilder(sign);
        if (yuan > 0) {
            sb.append(integer(yuan)).append('元');
        } else if (jiao == 0 && fen == 0) {
            sb.append("零元");
        }
        if (jiao == 0 && fen == 0) {
            return sb.append('整').toString();
        }
        if (jiao > 0) {
            sb.append(DIGITS.charAt(jiao)).append('角');
        } else if (yuan > 0) {
            sb.append('零');
        }
        if (fen > 0) {
            sb.append(DIGITS.charAt(fen)).append('分');
        } else {
            sb.append('整');
        }
        return sb.toString();
    }

    /** @return a whole number of yuan in capital numerals, groups of four digits (万, 亿) with 零 where digits are skipped */
    private static String integer(long n) {
        int[] groups = new int[4];
        for (int i = 0; i < groups.length && n > 0; i++) {
            groups[i] = (int) (n % 10000);
            n /= 10000;
        }
        if (n > 0) {
            throw new IllegalArgumentException("an amount of 10^16 yuan or more has no capital numerals here");
        }
        StringBuilder sb = new StringBuilder();
        boolean skipped = false;
        for (int i = groups.length - 1; i >= 0; i--) {
            int g = groups[i];
            if (g == 0) {
                skipped |= sb.length() > 0;
                continue;
            }
            if (sb.length() > 0 && (skipped || g < 1000)) {
                sb.append('零');
            }
            sb.append(group(g)).append(GROUPS[i]);
            skipped = false;
        }
        return sb.toString();
    }

    /** @return 1 to 9999 in capital numerals: 1010 is 壹仟零壹拾 */
    private static String group(int g) {
        StringBuilder sb = new StringBuilder();
        boolean zero = false;
        for (int k = 3; k >= 0; k--) {
            int d = g / (int) Math.pow(10, k) % 10;
            if (d == 0) {
                zero |= sb.length() > 0;
            } else {
                if (zero) {
                    sb.append('零');
                    zero = false;
                }
                sb.append(DIGITS.charAt(d)).append(IN_GROUP[k]);
            }
        }
        return sb.toString();
    }
}
