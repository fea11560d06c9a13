package org.neiqin.contracts.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.Test;
import org.neiqin.api.catalog.Catalog;
import org.neiqin.api.catalog.Product;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.money.Money;

public class ProductLinesTest {
    private static final Product REBAR = new Product(8, "LWG-16", "螺纹钢", "HRB400E Φ16", "t", null, null, null, null, true);
    private static final Product OLD = new Product(9, "OLD-1", "旧型钢", null, "t", null, null, null, null, false);

    private static final Catalog CATALOG = new Catalog() {
        @Override
        public Optional<Product> product(long id) {
            return id == 8 ? Optional.of(REBAR) : id == 9 ? Optional.of(OLD) : Optional.empty();
        }

        @Override
        public Optional<Product> byCode(String code) {
            return Optional.empty();
        }

        @Override
        public List<Product> search(String text, int limit) {
            return List.of();
        }

        @Override
        public Map<Long, Money> costs(java.util.Collection<Long> productIds) {
            return productIds.contains(8L) ? Map.of(8L, Money.of("3500", "CNY")) : Map.of();
        }

        @Override
        public Optional<ListPrice> price(long productId, PriceFor who, java.time.LocalDate on) {
            // the key customers' list prices the rebar at 3942
            return productId == 8 && who.grade() == org.neiqin.api.crm.Grade.KEY
                    ? Optional.of(new ListPrice(Money.of("3942", "CNY"), 1, "KA", 1)) : Optional.empty();
        }
    };

    private static LineData line(Long key, Long product, String name) {
        return new LineData(key, product, name, null, BigDecimal.ONE, name == null ? null : "箱", Money.of("10", "CNY"), null);
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + " " + e.rule()).toList();
    }

    @Test
    public void aChosenProductGivesItsCodeNameSpecificationAndUnitWhateverWasTyped() {
        ProductLines.Result r = new ProductLines(CATALOG).name(List.of(line(null, 8L, "typed"), line(null, null, "加工费")),
                Map.of());
        assertTrue(r.errors().toString(), r.errors().isEmpty());
        LineData named = r.lines().get(0);
        assertEquals(List.of("螺纹钢", "HRB400E Φ16", "t"), List.of(named.product(), named.spec(), named.unit()));
        assertEquals("LWG-16", r.codes().get(8L));
        assertEquals("a free-text line stays as typed", "加工费", r.lines().get(1).product());
    }

    @Test
    public void aLineIsComparedWithTheCustomersListPriceAndAnEmptyPriceIsTheLists() {
        LineData unpriced = new LineData(null, 8L, null, null, BigDecimal.ONE, null, null, null);
        LineData under = new LineData(null, 8L, null, null, BigDecimal.ONE, null, Money.of("3900", "CNY"), null);
        ProductLines.Result key = new ProductLines(CATALOG).name(List.of(unpriced, under, line(null, null, "加工费")),
                Map.of(), new Catalog.PriceFor(7L, org.neiqin.api.crm.Grade.KEY, "LN"), java.time.LocalDate.of(2026, 12, 7));
        assertEquals(Money.of("3942", "CNY"), key.lines().get(0).unitPrice());
        assertEquals(Money.of("3900", "CNY"), key.lines().get(1).unitPrice());
        assertEquals(Money.of("3942", "CNY"), key.listPrice(1));
        assertNull("a free-text line has no list price", key.listPrice(2));
        ProductLines.Result other = new ProductLines(CATALOG).name(List.of(unpriced), Map.of(),
                new Catalog.PriceFor(8L, org.neiqin.api.crm.Grade.GENERAL, "LN"), java.time.LocalDate.of(2026, 12, 7));
        assertNull("no list has a price for this customer: the price stays to be typed", other.lines().get(0).unitPrice());
    }

    @Test
    public void aDiscontinuedProductIsRefusedOnANewLineOnlyAndAnUnknownOneAlways() {
        ProductLines lines = new ProductLines(CATALOG);
        assertEquals(List.of("lines[0].productId discontinued", "lines[1].productId unknown"), fields(lines.name(
                List.of(line(null, 9L, null), line(null, 99L, null)), Map.of()).errors()));
        assertEquals("a line in force keeps its product", List.of(), fields(lines.name(List.of(line(41L, 9L, null)),
                Map.of(41L, new ProductLines.Named(9L, "OLD-1"))).errors()));
        assertEquals("a kept line that changes to a discontinued product is a new choice",
                List.of("lines[0].productId discontinued"), fields(lines.name(List.of(line(41L, 9L, null)),
                        Map.of(41L, new ProductLines.Named(8L, "LWG-16"))).errors()));
    }

    @Test
    public void withoutTheCatalogueAKeptLineKeepsItsProductAndNoneIsChosen() {
        ProductLines lines = new ProductLines(null);
        ProductLines.Result kept = lines.name(List.of(line(41L, 8L, "螺纹钢")), Map.of(41L, new ProductLines.Named(8L, "LWG-16")));
        assertTrue(kept.errors().toString(), kept.errors().isEmpty());
        assertEquals("LWG-16", kept.codes().get(8L));
        assertEquals(List.of("lines[0].productId unavailable"), fields(lines.name(List.of(line(null, 8L, null)), Map.of())
                .errors()));
        assertNull(lines.name(null, Map.of()).lines());
    }
}
