package org.neiqin.expenses.internal.rules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.Test;
import org.neiqin.expenses.internal.Category;

public class CategoryCapsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    private final CategoryCaps caps = CategoryCaps.parse(List.of("ENTERTAINMENT | DAY | 1000 | * | WARN",
            "ENTERTAINMENT | MONTH | 5000 | * | BLOCK", "COURIER | LINE | 100 | role:neiqin-sales | WARN",
            "PRINTING | YEAR | 2000 | sales | BLOCK"));

    private static CategoryCaps.Line line(LocalDate day, Category c, String amount) {
        return new CategoryCaps.Line(day, c, new BigDecimal(amount));
    }

    @Test
    public void aPeriodsCapAddsThePersonsOtherClaimsToThisOnesLines() {
        CategoryCaps.Claimed before = (category, from, to) -> from.equals(DAY.withDayOfMonth(1)) ? new BigDecimal("4200")
                : from.equals(DAY) ? new BigDecimal("300") : BigDecimal.ZERO;
        List<CategoryCaps.Finding> found = caps.check("sales", Set.of("neiqin-sales"), List.of(
                line(DAY, Category.ENTERTAINMENT, "600"), line(DAY, Category.ENTERTAINMENT, "400")), before);
        assertEquals(2, found.size());
        // the day: 300 before + 600 = 900 (within), + 400 = 1300 (over); the month: 4800 (within), 5200 (over)
        assertEquals(1, found.get(0).line());
        assertEquals(new BigDecimal("1300"), found.get(0).total());
        assertEquals(CategoryCaps.Action.WARN, found.get(0).cap().action());
        assertEquals(CategoryCaps.Action.BLOCK, found.get(1).cap().action());
        assertEquals(new BigDecimal("5200"), found.get(1).total());
    }

    @Test
    public void aCapHoldsForItsPersonItsRoleOrEveryone() {
        CategoryCaps.Claimed none = (category, from, to) -> BigDecimal.ZERO;
        assertEquals(1, caps.check("sales", Set.of("neiqin-sales"), List.of(line(DAY, Category.COURIER, "150")), none).size());
        assertEquals(0, caps.check("assistant", Set.of("neiqin-assistant"), List.of(line(DAY, Category.COURIER, "150")),
                none).size());
        assertEquals(1, caps.check("sales", Set.of(), List.of(line(DAY, Category.PRINTING, "2500")), none).size());
        assertEquals(0, caps.check("finance", Set.of(), List.of(line(DAY, Category.PRINTING, "2500")), none).size());
    }

    @Test
    public void periodsAreTheDayTheCalendarMonthAndYear() {
        CategoryCaps.Cap month = caps.caps().get(1);
        assertEquals(LocalDate.of(2026, 12, 1), month.periodStart(DAY));
        assertEquals(LocalDate.of(2026, 12, 31), month.periodEnd(DAY));
        CategoryCaps.Cap year = caps.caps().get(3);
        assertEquals(LocalDate.of(2026, 1, 1), year.periodStart(DAY));
    }

    @Test
    public void aCapThatCannotBeReadIsRefused() {
        for (String bad : List.of("ENTERTAINMENT | DAY | 1000 | *", "TAXI | DAY | 1 | * | WARN",
                "COURIER | WEEK | 1 | * | WARN", "COURIER | DAY | x | * | WARN", "COURIER | DAY | 1 | * | STOP",
                "COURIER | DAY | 1 |  | WARN")) {
            try {
                CategoryCaps.parse(List.of(bad));
                fail("read: " + bad);
            } catch (IllegalArgumentException expected) {
                assertEquals(true, expected.getMessage().contains(bad));
            }
        }
    }
}
