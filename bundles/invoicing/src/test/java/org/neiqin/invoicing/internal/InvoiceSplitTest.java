package org.neiqin.invoicing.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.util.List;

import org.junit.Test;
import org.neiqin.api.error.ConflictException;
import org.neiqin.invoicing.internal.InvoiceSplit.Line;

public class InvoiceSplitTest {
    private static final BigDecimal RATE = new BigDecimal("13");

    private static Line line(int source, String quantity, String price) {
        return new Line(source, new BigDecimal(quantity), new BigDecimal(price), RATE);
    }

    private static BigDecimal total(List<Line> invoice) {
        return invoice.stream().map(l -> Vat.line(l.quantity(), l.unitPrice(), l.rate(), true).total())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    public void aRequestWithinTheLimitsIsOneInvoice() {
        List<List<Line>> parts = InvoiceSplit.parts(List.of(line(0, "2", "1000"), line(1, "3", "500")),
                new BigDecimal("100000"), 8, true);
        assertEquals(1, parts.size());
    }

    @Test
    public void linesBeyondTheLineLimitGoOnTheNextInvoice() {
        List<Line> ten = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(line(i, "1", "100"));
        }
        List<List<Line>> parts = InvoiceSplit.parts(ten, null, 8, true);
        assertEquals(List.of(8, 2), parts.stream().map(List::size).toList());
    }

    @Test
    public void aLineOverTheAmountIsSplitByQuantityAndEveryInvoiceFits() {
        BigDecimal max = new BigDecimal("100000");
        List<List<Line>> parts = InvoiceSplit.parts(List.of(line(0, "60", "3650"), line(1, "5", "4100")), max, 0, true);
        // 219 000 of rebar: 27.3972 t per invoice, in three parts, then the wire rod where it still fits
        BigDecimal quantity = BigDecimal.ZERO;
        for (List<Line> invoice : parts) {
            assertTrue(total(invoice) + " within " + max, total(invoice).compareTo(max) <= 0);
            for (Line l : invoice) {
                quantity = l.source() == 0 ? quantity.add(l.quantity()) : quantity;
            }
        }
        assertEquals("no quantity lost or added", 0, quantity.compareTo(new BigDecimal("60")));
        assertEquals(3, parts.size());
    }

    @Test
    public void aUnitOverTheLimitCannotBeInvoiced() {
        try {
            InvoiceSplit.parts(List.of(line(0, "1", "200000")), new BigDecimal("100000"), 0, true);
            fail("a unit over the limit was split");
        } catch (ConflictException expected) {
            assertEquals("limit", expected.code());
        }
    }
}
