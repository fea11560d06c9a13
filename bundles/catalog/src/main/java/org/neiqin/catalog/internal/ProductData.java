package org.neiqin.catalog.internal;

import java.math.BigDecimal;

import org.neiqin.api.money.Money;
import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;

/**
 * A product as the office enters it (产品档案), described once, so that REST, the console form, the shell and
 * imports check it the same way. Each field's label is {@code field.<name>} in the messages.
 *
 * @param code the company's own product code (物料编码), unique
 * @param spec model and specification (规格型号), as an order line and an invoice print it
 * @param weightPerUnit kilograms per unit (a delivery note's weight)
 * @param taxCode the tax classification code (税收分类编码): 19 digits, printed on every VAT invoice line
 * @param vatRate the VAT rate in percent (13, 9, 6, 3, 0)
 * @param costPrice what one unit costs the company: seen only by those who may see margins
 * @param licences the licences a buyer must hold to be sold the product (销售合法性), as customer files name them,
 *        separated by commas: an order for it is refused at confirmation, and its goods are not released, to a
 *        customer without each of them valid on the day
 */
public record ProductData(
        @Spec(max = 40, required = true) String code,
        @Spec(max = 100, required = true) String name,
        @Spec(max = 100) String spec,
        @Spec(max = 10, required = true) String unit,
        @Spec(kind = Kind.QUANTITY) BigDecimal weightPerUnit,
        @Spec(max = 60) String productGroup,
        @Spec(max = 19) String taxCode,
        @Spec(kind = Kind.QUANTITY) BigDecimal vatRate,
        @Spec(kind = Kind.AMOUNT) Money costPrice,
        @Spec(max = 200) String licences,
        @Spec(max = 500, kind = Kind.LONG_TEXT) String note) {
    /** @return the licences named, each trimmed, none empty */
    public java.util.Set<String> licenceNames() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        if (licences != null) {
            for (String l : licences.split("[,，、;；]")) {
                if (!l.isBlank()) {
                    out.add(l.trim());
                }
            }
        }
        return out;
    }
}
