package org.neiqin.contracts.internal;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

public class PriceLevelTest {
    private static PriceLevel.Item item(String day, String grade, String sold, String listed) {
        return new PriceLevel.Item(LocalDate.parse(day), grade, "LN", "LWG-16 螺纹钢", new BigDecimal(sold),
                new BigDecimal(listed));
    }

    @Test
    public void theLevelIsWhatWasSoldAgainstTheListPerPeriodAndGroup() {
        List<PriceLevel.Row> rows = PriceLevel.rows(List.of(item("2026-11-03", "KEY", "7960", "7960"),
                item("2026-11-20", "KEY", "3900", "3980"), item("2026-12-01", "GENERAL", "4000", "3980"),
                item("2026-11-05", "GENERAL", "100", "100")), Statistics.Period.MONTH, PriceLevel.Dimension.GRADE, "CNY");
        assertEquals(List.of("2026-11 GENERAL 1 100.00", "2026-11 KEY 2 99.33", "2026-12 GENERAL 1 100.50"), rows.stream()
                .map(r -> r.period() + " " + r.group() + " " + r.lines() + " " + r.level().toPlainString()).toList());
        assertEquals("11860.00", rows.get(1).sold().amount().toPlainString());
        assertEquals("a product's rows by its code and name", "LWG-16 螺纹钢", PriceLevel.rows(List.of(item("2026-11-03",
                null, "1", "1")), Statistics.Period.YEAR, PriceLevel.Dimension.PRODUCT, "CNY").get(0).group());
        assertEquals(new BigDecimal("100.00"), PriceLevel.level(BigDecimal.ZERO, BigDecimal.ZERO));
    }
}
