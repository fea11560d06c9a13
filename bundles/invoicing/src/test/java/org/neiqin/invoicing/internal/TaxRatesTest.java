package org.neiqin.invoicing.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

public class TaxRatesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    @Test
    public void theDefaultTableIsTheRatesInForceSinceApril2019() {
        TaxRates t = TaxRates.parse(new String[0]);
        assertEquals(List.of(new BigDecimal("13"), new BigDecimal("9"), new BigDecimal("6"), new BigDecimal("3"),
                BigDecimal.ONE, BigDecimal.ZERO), t.on(DAY));
        assertTrue(t.valid(new BigDecimal("13.00"), DAY));
        assertFalse("16 % ended in 2019", t.valid(new BigDecimal("16"), DAY));
        assertFalse(t.valid(new BigDecimal("13"), LocalDate.of(2019, 3, 31)));
    }

    @Test
    public void aRateEndsOnItsLastDay() {
        TaxRates t = TaxRates.parse(new String[] {"16 | 2018-05-01 | 2019-03-31", "13 | 2019-04-01 |"});
        assertTrue(t.valid(new BigDecimal("16"), LocalDate.of(2019, 3, 31)));
        assertFalse(t.valid(new BigDecimal("16"), LocalDate.of(2019, 4, 1)));
        assertEquals(List.of(new BigDecimal("16")), t.on(LocalDate.of(2019, 1, 1)));
    }

    @Test
    public void aTableThatCannotBeReadIsRefusedNamingTheEntry() {
        for (String bad : List.of("13", "x | 2019-04-01 |", "13 | 2019-13-01 |", "130 | 2019-04-01 |",
                "9 | 2020-01-01 | 2019-01-01")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> TaxRates.parse(new String[] {bad}));
            assertTrue(e.getMessage(), e.getMessage().contains(bad));
        }
    }
}
