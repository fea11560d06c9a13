package org.neiqin.invoicing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.Text;

/**
 * A request over the per-invoice limits (the tax platform's 限额: an amount per invoice, a number of lines) split into
 * several invoices, each within them: lines are taken in order, and a line whose total alone is over the amount is split
 * by quantity into parts that each fit. Every part keeps the line's order line, price and rate.
 */
public final class InvoiceSplit {
    /**
     * A line to place: its order line, quantity, unit price and VAT rate.
     *
     * @param source the line's place in the request (0-based)
     */
    public record Line(int source, BigDecimal quantity, BigDecimal unitPrice, BigDecimal rate) {
    }

    private InvoiceSplit() {
    }

    /**
     * @param maxTotal the most one invoice may total (价税合计), or {@code null} for no limit
     * @param maxLines the most lines one invoice may have, or 0 for no limit
     * @return the invoices' lines, one list per invoice, in order (one list when the request fits)
     * @throws ConflictException 409 {@code limit} when one unit of a line costs more than {@code maxTotal}
     */
    public static List<List<Line>> parts(List<Line> lines, BigDecimal maxTotal, int maxLines, boolean taxIncluded) {
        List<Line> placed = new ArrayList<>();
        for (Line l : lines) {
            if (maxTotal == null || total(l, taxIncluded).compareTo(maxTotal) <= 0) {
                placed.add(l);
                continue;
            }
            BigDecimal unitGross = total(new Line(l.source(), BigDecimal.ONE, l.unitPrice(), l.rate()), taxIncluded);
            if (unitGross.compareTo(maxTotal) > 0) {
                throw new ConflictException("limit", Text.of("invoicing.split.unit",
                        "one unit of line {0} ({1}) is over the per-invoice limit of {2}: it cannot be invoiced",
                        l.source() + 1, unitGross.toPlainString(), maxTotal.toPlainString()));
            }
            // the most of the line one invoice can hold, to the quantity's 4 decimals, rounded down until it fits
            BigDecimal most = maxTotal.divide(unitGross, 4, RoundingMode.DOWN);
            while (total(new Line(l.source(), most, l.unitPrice(), l.rate()), taxIncluded).compareTo(maxTotal) > 0) {
                most = most.subtract(new BigDecimal("0.0001"));
            }
            BigDecimal left = l.quantity();
            while (left.signum() > 0) {
                BigDecimal q = left.min(most);
                placed.add(new Line(l.source(), q, l.unitPrice(), l.rate()));
                left = left.subtract(q);
            }
        }
        List<List<Line>> out = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Line l : placed) {
            BigDecimal t = total(l, taxIncluded);
            boolean full = maxLines > 0 && current.size() >= maxLines
                    || maxTotal != null && sum.add(t).compareTo(maxTotal) > 0;
            if (full && !current.isEmpty()) {
                out.add(current);
                current = new ArrayList<>();
                sum = BigDecimal.ZERO;
            }
            current.add(l);
            sum = sum.add(t);
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    private static BigDecimal total(Line l, boolean taxIncluded) {
        return Vat.line(l.quantity(), l.unitPrice(), l.rate(), taxIncluded).total();
    }
}
