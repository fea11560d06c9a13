package org.neiqin.contracts.internal;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

public class StatisticsTest {
    private static Statistics.Item item(String date, String sales, String value, String delivered) {
        return new Statistics.Item(LocalDate.parse(date), sales, "客户", "LN", 1, new BigDecimal(value), new BigDecimal(delivered));
    }

    private static final List<Statistics.Item> ITEMS = List.of(item("2026-01-15", "li", "1000.00", "500.00"),
            item("2026-02-03", "wang", "3000.00", "0.00"), item("2026-02-20", "li", "2000.00", "2000.00"),
            item("2026-04-01", "li", "0.00", "0.00"));

    @Test
    public void periodsAreMonthsQuartersAndYears() {
        LocalDate d = LocalDate.of(2026, 11, 5);
        assertEquals("2026-11", Statistics.period(d, Statistics.Period.MONTH));
        assertEquals("2026-Q4", Statistics.period(d, Statistics.Period.QUARTER));
        assertEquals("2026", Statistics.period(d, Statistics.Period.YEAR));
    }

    @Test
    public void countValueAndFulfilmentRatePerQuarter() {
        List<Statistics.Row> rows = Statistics.aggregate(ITEMS, Statistics.Period.QUARTER, Statistics.Dimension.NONE, "CNY");
        assertEquals(2, rows.size());
        assertEquals(new Statistics.Row("2026-Q1", "", 3, org.neiqin.api.money.Money.of("6000", "CNY"),
                org.neiqin.api.money.Money.of("2500", "CNY"),
                new BigDecimal("41.67")), rows.get(0));
        assertEquals("a quarter without value has rate 0, not a division by zero", new BigDecimal("0.00"),
                rows.get(1).rate());
    }

    @Test
    public void perSalespersonPerMonth() {
        List<Statistics.Row> rows = Statistics.aggregate(ITEMS, Statistics.Period.MONTH, Statistics.Dimension.SALESPERSON, "CNY");
        assertEquals(List.of("2026-01/li", "2026-02/li", "2026-02/wang", "2026-04/li"),
                rows.stream().map(r -> r.period() + "/" + r.group()).collect(java.util.stream.Collectors.toList()));
        assertEquals(new BigDecimal("100.00"), rows.get(1).rate());
        assertEquals(new BigDecimal("0.00"), rows.get(2).rate());
    }
}
