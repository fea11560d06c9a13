package org.neiqin.expenses.internal.rules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.Test;
import org.neiqin.expenses.internal.Category;

public class TravelStandardsTest {
    private final TravelStandards standards = TravelStandards.parse(List.of("B | 1 | 500 | 120 | 100",
            "B | 2 | 400 | 100 | 80", "B | 3 | 300 | 80 | 60"), List.of("1 | 北京, 上海", "2 | 沈阳，大连、天津"), "3", "0.5");

    @Test
    public void aCapIsTheRateOfTheGradeAndTheCitysTierTimesTheNightsOrDays() {
        assertEquals(Optional.of(new BigDecimal("800.00")), standards.cap("B", Category.LODGING, "大连", BigDecimal.valueOf(2)));
        assertEquals(Optional.of(new BigDecimal("250.00")), standards.cap("B", Category.MEALS, "沈阳", new BigDecimal("2.5")));
        assertEquals(Optional.of(new BigDecimal("1000.00")), standards.cap("B", Category.TRANSPORT, "北京", BigDecimal.TEN));
        assertEquals("a city no line names is of the other tier", Optional.of(new BigDecimal("300.00")),
                standards.cap("B", Category.LODGING, "营口", BigDecimal.ONE));
        assertEquals("cities separated by Chinese commas too", "2", standards.tier("天津"));
    }

    @Test
    public void nothingIsJudgedWithoutAStandard() {
        assertEquals(Optional.empty(), standards.cap("B", Category.FARE, "北京", BigDecimal.ONE));
        assertEquals(Optional.empty(), standards.cap("Z", Category.LODGING, "北京", BigDecimal.ONE));
        assertEquals(Optional.empty(), standards.cap(null, Category.LODGING, "北京", BigDecimal.ONE));
    }

    @Test
    public void daysAreCountedInPartDays() {
        assertTrue(standards.countable(new BigDecimal("2.5")));
        assertTrue(standards.countable(new BigDecimal("3")));
        assertFalse(standards.countable(new BigDecimal("1.3")));
        assertFalse(standards.countable(BigDecimal.ZERO));
    }

    @Test
    public void aStandardThatCannotBeReadIsRefusedNamingIt() {
        for (Object[] bad : new Object[][] {{List.of("B | 1 | 500 | 120"), List.of(), "0.5"},
            {List.of("B | 1 | 500 | x | 100"), List.of(), "0.5"}, {List.of("B | 1 | -5 | 1 | 1"), List.of(), "0.5"},
            {List.of(), List.of("北京"), "0.5"}, {List.of(), List.of(), "2"}, {List.of(), List.of(), "half"}}) {
            try {
                @SuppressWarnings("unchecked")
                List<String> s = (List<String>) bad[0];
                @SuppressWarnings("unchecked")
                List<String> t = (List<String>) bad[1];
                TravelStandards.parse(s, t, "3", (String) bad[2]);
                fail("read: " + List.of(bad));
            } catch (IllegalArgumentException expected) {
                assertFalse(expected.getMessage().isEmpty());
            }
        }
    }
}
