package org.neiqin.catalog.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.kit.imports.RecordImport;

/**
 * Products as a file imports them (one {@link ProductData} a row, the kit's {@link RecordImport}): the catalogue's
 * rules ({@link ProductRules}), a code on one row only (case aside), and — for one who may not see what products cost —
 * no cost price. A row whose code is in the catalogue changes that product; any other row is a new product. Pure.
 */
public final class ProductImport {
    private static final Map<String, String> EXAMPLE = new LinkedHashMap<>();

    static {
        EXAMPLE.put("code", "LWG-HRB400-20");
        EXAMPLE.put("name", "螺纹钢");
        EXAMPLE.put("spec", "HRB400E Φ20");
        EXAMPLE.put("unit", "t");
        EXAMPLE.put("weightPerUnit", "1000");
        EXAMPLE.put("productGroup", "建筑钢材");
        EXAMPLE.put("taxCode", "1080202020000000000");
        EXAMPLE.put("vatRate", "13");
        EXAMPLE.put("costPrice", "3560.00");
        EXAMPLE.put("licences", "");
        EXAMPLE.put("note", "Φ20 定尺 9m / 9 m lengths");
    }

    private ProductImport() {
    }

    /**
     * @param currency the company's: a cost price in another is a problem
     * @param mayCost whether the importer may set what products cost; if not, a cost price is a problem of its row
     */
    public static RecordImport<ProductData> definition(String currency, boolean mayCost) {
        Map<String, String> example = new LinkedHashMap<>(EXAMPLE);
        if (!mayCost) {
            example.remove("costPrice");
        }
        return new RecordImport<>(ProductData.class, currency, d -> {
            List<FieldError> errors = new ArrayList<>(ProductRules.check(d));
            if (!mayCost && d.costPrice() != null) {
                errors.add(new FieldError("costPrice", "forbidden", Text.of("catalog.import.cost",
                        "you may not set what products cost: leave the column empty")));
            }
            return errors;
        }, "code", d -> d.code() == null ? null : d.code().trim().toLowerCase(Locale.ROOT), "products", example);
    }

    /** @return a file to start from: every column, and one example product (its cost only for one who may set it) */
    public static String template(boolean mayCost) {
        return definition(null, mayCost).template();
    }
}
