package org.neiqin.catalog.internal.prices;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.Test;
import org.neiqin.api.catalog.Catalog.PriceFor;
import org.neiqin.api.crm.Grade;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.money.Money;

public class PriceRulesTest {
    private static final LocalDate D = LocalDate.of(2026, 12, 1);

    private static PriceEntryData entry(long product, String price, LocalDate from, LocalDate to) {
        return new PriceEntryData(product, Money.of(price, "CNY"), from, to);
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + " " + e.rule()).toList();
    }

    @Test
    public void oneProductHasOnePriceADayInAVersionGreaterThanZeroInTheListsCurrency() {
        assertEquals(List.of(), fields(PriceRules.check(List.of(entry(1, "4200", null, D.minusDays(1)),
                entry(1, "4350", D, null), entry(2, "10", null, null)), "CNY")));
        assertEquals(List.of("entries[1].validFrom overlap", "entries[2].price min", "entries[3].price currency",
                "entries[4].validTo order"), fields(PriceRules.check(List.of(entry(1, "4200", null, D),
                entry(1, "4350", D, null), entry(2, "0", null, null),
                new PriceEntryData(3L, Money.of("10", "USD"), null, null), entry(4, "1", D, D.minusDays(1))), "CNY")));
        assertEquals(List.of("entries required"), fields(PriceRules.check(List.of(), "CNY")));
        assertEquals(List.of("entries[0].productId required"), fields(PriceRules.check(List.of(
                new PriceEntryData(null, Money.of("1", "CNY"), null, null)), "CNY")));
    }

    @Test
    public void aCustomersPriceComesFromItsOwnListThenGradeAndRegionThenGradeThenRegionThenTheDefault() {
        PriceFor who = new PriceFor(7L, Grade.KEY, "LN");
        assertEquals(0, PriceRules.rank(7L, null, null, who));
        assertEquals(-1, PriceRules.rank(8L, null, null, who));
        assertEquals(1, PriceRules.rank(null, Grade.KEY, "LN", who));
        assertEquals(2, PriceRules.rank(null, Grade.KEY, null, who));
        assertEquals(3, PriceRules.rank(null, null, "ln", who));
        assertEquals(4, PriceRules.rank(null, null, null, who));
        assertEquals("another grade's list is not this customer's", -1, PriceRules.rank(null, Grade.GENERAL, null, who));
        assertEquals(-1, PriceRules.rank(null, Grade.KEY, "JL", who));
        assertEquals("a customer without a grade gets the region's and the default list", -1,
                PriceRules.rank(null, Grade.KEY, null, new PriceFor(null, null, "LN")));
    }

    @Test
    public void theVersionInForceIsTheApprovedOneWithTheLatestDateNotAfterTheDay() {
        List<PriceRules.Dated> versions = List.of(
                new PriceRules.Dated(1, 1, D.minusMonths(2), PriceVersionState.APPROVED),
                new PriceRules.Dated(2, 2, D.minusDays(10), PriceVersionState.APPROVED),
                new PriceRules.Dated(3, 3, D.plusDays(5), PriceVersionState.APPROVED),
                new PriceRules.Dated(4, 4, D.minusDays(1), PriceVersionState.IN_REVIEW));
        assertEquals(2, PriceRules.inForce(versions, D).orElseThrow().number());
        assertEquals(1, PriceRules.inForce(versions, D.minusDays(11)).orElseThrow().number());
        assertEquals(3, PriceRules.inForce(versions, D.plusDays(5)).orElseThrow().number());
        assertTrue(PriceRules.inForce(versions, D.minusYears(1)).isEmpty());
        assertTrue(PriceRules.validOn(null, null, D) && PriceRules.validOn(D, D, D));
        assertFalse(PriceRules.validOn(D.plusDays(1), null, D));
    }
}
