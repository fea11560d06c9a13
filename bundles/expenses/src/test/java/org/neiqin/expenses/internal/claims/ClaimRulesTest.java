package org.neiqin.expenses.internal.claims;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.Test;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.money.Money;
import org.neiqin.expenses.internal.Category;
import org.neiqin.expenses.internal.rules.CategoryCaps;
import org.neiqin.expenses.internal.rules.TravelStandards;

public class ClaimRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final TravelStandards STANDARDS = TravelStandards.parse(List.of("B | 2 | 400 | 100 | 80"),
            List.of("2 | 大连"), "3", "0.5");
    private static final ClaimData HEAD = new ClaimData("大连出差", null, null);

    private static ClaimLineData line(Category c, String amount, String fapiaoAmount, String number, String city,
            String days) {
        return new ClaimLineData(TODAY.minusDays(1), c, Money.of(amount, "CNY"), number, Money.of(fapiaoAmount, "CNY"),
                city, days == null ? null : new BigDecimal(days), null, null, null);
    }

    private static List<String> fields(List<ClaimLineData> lines) {
        return ClaimRules.check(HEAD, lines, TODAY, "CNY", STANDARDS).stream().map(FieldError::field).toList();
    }

    @Test
    public void aGoodClaimPasses() {
        assertEquals(List.of(), fields(List.of(line(Category.LODGING, "760", "760", "24212000000011873302", "大连", "2"),
                line(Category.MEALS, "250", "260", "2421 2000 0000 1187 3303", "大连", "2.5"))));
    }

    @Test
    public void eachLineIsWithinItsFapiaoAndEachFapiaoOnceInTheClaim() {
        assertEquals(List.of("lines[0].amount"), fields(List.of(line(Category.COURIER, "30.01", "30", "11000001", null,
                null))));
        assertEquals("the same number however it is spaced or cased", List.of("lines[1].fapiaoNo"), fields(List.of(
                line(Category.COURIER, "10", "10", "ab000001", null, null),
                line(Category.COURIER, "10", "10", "AB 000 001", null, null))));
        assertEquals(List.of("lines[0].fapiaoNo"), fields(List.of(line(Category.COURIER, "10", "10", "12-34", null, null))));
        assertEquals(List.of("lines"), fields(List.of()));
    }

    @Test
    public void travelNamesItsCityAndCountsNightsWholeAndDaysInPartDays() {
        assertEquals(List.of("lines[0].city"), fields(List.of(line(Category.FARE, "100", "100", "11000002", null, null))));
        assertEquals(List.of("lines[0].days"), fields(List.of(line(Category.LODGING, "100", "100", "11000003", "大连",
                "1.5"))));
        assertEquals(List.of("lines[0].days"), fields(List.of(line(Category.MEALS, "100", "100", "11000004", "大连",
                "1.2"))));
        assertEquals(List.of("lines[0].days"), fields(List.of(line(Category.MEALS, "100", "100", "11000005", "大连",
                null))));
    }

    @Test
    public void nothingIsClaimedAfterToday() {
        ClaimLineData tomorrow = new ClaimLineData(TODAY.plusDays(1), Category.COURIER, Money.of("10", "CNY"), "11000006",
                Money.of("10", "CNY"), null, null, null, null, null);
        assertEquals(List.of("lines[0].day"), fields(List.of(tomorrow)));
    }

    @Test
    public void aLineOverItsStandardOrACapIsFlagged() {
        CategoryCaps caps = CategoryCaps.parse(List.of("ENTERTAINMENT | DAY | 1000 | * | WARN",
                "ENTERTAINMENT | DAY | 3000 | * | BLOCK"));
        List<ClaimLineData> lines = List.of(line(Category.LODGING, "850", "850", "11000007", "大连", "2"),
                line(Category.ENTERTAINMENT, "1200", "1200", "11000008", null, null),
                line(Category.MEALS, "200", "200", "11000009", "大连", "2"));
        List<ClaimRules.Judged> judged = ClaimRules.judge(lines, "B", "sales", Set.of(), STANDARDS, caps,
                (c, from, to) -> c == Category.ENTERTAINMENT ? new BigDecimal("2000") : BigDecimal.ZERO);
        assertEquals(new BigDecimal("800.00"), judged.get(0).standard());
        assertEquals(List.of("standard"), judged.get(0).flags());
        assertTrue(judged.get(0).warns());
        assertEquals(List.of("cap:DAY:1000:WARN", "cap:DAY:3000:BLOCK"), judged.get(1).flags());
        assertTrue(judged.get(1).blocked());
        assertEquals(List.of(), judged.get(2).flags());
        assertFalse(judged.get(2).warns());
    }
}
