package org.neiqin.catalog.internal;

import java.util.HashMap;
import java.util.Map;

import org.neiqin.api.module.DemoDataProvider;
import org.neiqin.kit.form.Forms;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The demo's catalogue: the products its orders and contracts name, entered through the service like any user's
 * input. The tax classification codes are made up in the code table's shape (19 digits); a company takes its own
 * from the tax bureau's table.
 */
@Component
public class CatalogDemoData implements DemoDataProvider {
    private static final String[][] PRODUCTS = {
        // code, name, spec, unit, weight per unit (kg), group, tax code, VAT rate, cost price
        {"RJB-Q235B-4.0", "热轧卷板", "Q235B 4.0×1500", "t", "1000", "板材", "1080206010000000000", "13", "3780.00"},
        {"LZB-SPCC-1.0", "冷轧板", "SPCC 1.0×1250", "t", "1000", "板材", "1080206020000000000", "13", "4610.00"},
        {"DXB-DX51D-0.8", "镀锌板", "DX51D+Z 0.8×1000", "t", "1000", "板材", "1080206030000000000", "13", "5120.00"},
        {"GZG-11-9", "矿用工字钢", "11# 9m", "t", "1000", "型材", "1080204010000000000", "13", "4160.00"},
        {"UXG-U29-3.6", "U型钢支架", "U29 3.6m", "pcs", "104.4", "型材", "1080204020000000000", "13", "318.00"},
        {"BXG-304-2.0", "不锈钢板", "304 2.0×1219", "t", "1000", "不锈钢", "1080207010000000000", "13", "15200.00"},
        {"GD-Q195-2.5", "钢带", "Q195 2.5×355", "t", "1000", "带钢", "1080205010000000000", "13", "3590.00"},
        {"LWG-HRB400-16", "螺纹钢", "HRB400E Φ16", "t", "1000", "建筑钢材", "1080202020000000000", "13", "3520.00"},
        {"PL-HRB400-8", "盘螺", "HRB400E Φ8", "t", "1000", "建筑钢材", "1080202030000000000", "13", "3610.00"},
        {"BG-Q235-50", "扁钢", "Q235 50×5", "t", "1000", "型材", "1080204030000000000", "13", "3700.00"},
        {"YS-TLF-01", "铁路运输服务", "", "t", "", "服务", "3010102000000000000", "9", ""},
        {"JG-JD-01", "钢材加工（剪切）", "", "t", "", "服务", "3040502000000000000", "6", ""},
    };

    @Reference
    private ProductService products;

    @Override
    public String name() {
        return "catalog.products";
    }

    @Override
    public void load() {
        for (String[] p : PRODUCTS) {
            Map<String, String> v = new HashMap<>();
            String[] fields = {"code", "name", "spec", "unit", "weightPerUnit", "productGroup", "taxCode", "vatRate",
                "costPrice"};
            for (int i = 0; i < fields.length; i++) {
                v.put(fields[i], p[i]);
            }
            products.create(Forms.bind(ProductData.class, Forms.inCurrency(v::get, products.currency())));
        }
    }
}
