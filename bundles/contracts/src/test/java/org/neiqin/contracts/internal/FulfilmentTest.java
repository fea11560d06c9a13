package org.neiqin.contracts.internal;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.Test;
import org.neiqin.api.contracts.ContractDocument;
import org.neiqin.api.contracts.ContractLine;
import org.neiqin.api.contracts.DocumentKind;
import org.neiqin.api.contracts.DocumentState;
import org.neiqin.api.contracts.FulfilmentSchedule;
import org.neiqin.api.contracts.FulfilmentStatus;
import org.neiqin.api.contracts.LineProgress;
import org.neiqin.api.money.Money;

public class FulfilmentTest {
    private static final LocalDate DELIVERY = LocalDate.of(2026, 5, 31);

    private static Money cny(String a) {
        return Money.of(a, "CNY");
    }

    private static ContractDocument doc(DocumentState state) {
        return new ContractDocument(1, DocumentKind.SALES_CONTRACT, "HT2026-0001", state, 9, "北方机械", "sales", "LN",
                LocalDate.of(2026, 5, 1), DELIVERY, 1, cny("5000.00"), List.of(
                        new ContractLine(11, 1, "热轧卷板", "Q235B", new BigDecimal("10"), "t", cny("300.00"), cny("3000.00"), null),
                        new ContractLine(12, 2, "冷轧板", "SPCC", new BigDecimal("4"), "t", cny("500.00"), cny("2000.00"), null)));
    }

    @Test
    public void withoutSourcesTheScheduleShowsWhatWasOrdered() {
        FulfilmentSchedule s = Fulfilment.schedule(doc(DocumentState.EFFECTIVE), List.of(), List.of(), DELIVERY);
        assertEquals(FulfilmentStatus.OPEN, s.status());
        assertEquals(cny("5000.00"), s.ordered());
        assertEquals(cny("0.00"), s.delivered());
        assertEquals(new BigDecimal("10"), s.lines().get(0).toDeliver());
        assertEquals(cny("3000.00"), s.lines().get(0).toInvoice());
    }

    @Test
    public void figuresOfSeveralSourcesAreAddedPerLine() {
        List<LineProgress> p = List.of(
                new LineProgress(1, 11, new BigDecimal("4"), null, null, null),
                new LineProgress(1, 11, new BigDecimal("2.5"), null, null, null),
                new LineProgress(1, 11, null, cny("1950.00"), cny("1000.00"), null),
                new LineProgress(2, 11, new BigDecimal("99"), null, null, null));
        FulfilmentSchedule s = Fulfilment.schedule(doc(DocumentState.EFFECTIVE), p, List.of("invoicing", "logistics"),
                DELIVERY);
        FulfilmentSchedule.Row row = s.lines().get(0);
        assertEquals(new BigDecimal("6.5"), row.delivered());
        assertEquals(new BigDecimal("3.5"), row.toDeliver());
        assertEquals(cny("1050.00"), row.toInvoice());
        assertEquals(cny("950.00"), row.receivable());
        assertEquals(cny("1950.00"), s.delivered());
        assertEquals(FulfilmentStatus.PARTLY_FULFILLED, s.status());
    }

    @Test
    public void pastTheDeliveryDateWithGoodsOutstandingItIsOverdue() {
        FulfilmentSchedule s = Fulfilment.schedule(doc(DocumentState.EFFECTIVE),
                List.of(new LineProgress(1, 11, new BigDecimal("10"), null, null, null)), List.of("logistics"),
                DELIVERY.plusDays(1));
        assertEquals(FulfilmentStatus.OVERDUE, s.status());
    }

    @Test
    public void deliveredInvoicedAndPaidInFullIsFulfilledAndClosedStaysClosed() {
        List<LineProgress> p = List.of(
                new LineProgress(1, 11, new BigDecimal("10"), cny("3000.00"), cny("3000.00"), null),
                new LineProgress(1, 12, new BigDecimal("4"), cny("2000.00"), cny("1999.99"), null));
        assertEquals(FulfilmentStatus.PARTLY_FULFILLED, Fulfilment.schedule(doc(DocumentState.EFFECTIVE), p,
                List.of("x"), DELIVERY.plusDays(9)).status());
        List<LineProgress> paid = List.of(p.get(0),
                new LineProgress(1, 12, new BigDecimal("4"), cny("2000.00"), cny("2000.00"), null));
        assertEquals(FulfilmentStatus.FULFILLED, Fulfilment.schedule(doc(DocumentState.EFFECTIVE), paid, List.of("x"),
                DELIVERY.plusDays(9)).status());
        assertEquals(FulfilmentStatus.CLOSED, Fulfilment.schedule(doc(DocumentState.CLOSED), List.of(), List.of(),
                DELIVERY).status());
    }
}
