package org.neiqin.catalog.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.Test;
import org.neiqin.kit.form.Forms;

public class ProductRulesTest {
    /** A product as a form sends it, by field name, its cost in CNY: a field added later leaves these tests as they are. */
    private static ProductData data(String... nameValue) {
        java.util.Map<String, String> sent = new java.util.HashMap<>();
        sent.put("code", "HRB400-16");
        sent.put("name", "螺纹钢");
        sent.put("unit", "t");
        for (int i = 0; i + 1 < nameValue.length; i += 2) {
            sent.put(nameValue[i], nameValue[i + 1]);
        }
        return Forms.bind(ProductData.class, Forms.inCurrency(sent::get, "CNY"));
    }

    private static List<String> problems(ProductData d) {
        return ProductRules.check(d).stream().map(e -> e.field() + " " + e.rule()).collect(Collectors.toList());
    }

    @Test
    public void aCompleteProductPasses() {
        assertTrue(ProductRules.check(data("spec", "HRB400 Φ16", "weightPerUnit", "1000", "productGroup", "建筑钢材",
                "taxCode", "1080202020000000000", "vatRate", "13", "costPrice", "3,650.00")).isEmpty());
        assertTrue("a tax code and rate may come later", ProductRules.check(data()).isEmpty());
    }

    @Test
    public void eachProblemIsNamedOnItsField() {
        assertEquals(List.of("code required", "name required", "unit required"),
                problems(data("code", " ", "name", "", "unit", null)));
        assertEquals(List.of("code format"), problems(data("code", "HRB 400")));
        assertEquals(List.of("taxCode format"), problems(data("taxCode", "10802020200")));
        assertEquals(List.of("taxCode format"), problems(data("taxCode", "108020202000000000X")));
        assertEquals(List.of("vatRate range"), problems(data("vatRate", "130")));
        assertEquals(List.of("vatRate min"), problems(data("vatRate", "-1")));
        assertEquals(List.of("costPrice min"), problems(data("costPrice", "-5")));
        assertEquals(List.of("weightPerUnit format"), problems(data("weightPerUnit", "1.23456")));
    }
}
