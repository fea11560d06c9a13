package org.neiqin.api.catalog;

import java.math.BigDecimal;

/**
 * A product of the catalogue, as other modules read it: an order line names it, an invoice prints its tax code and
 * rate, a report groups by its group. No cost price: that stays with those the catalogue lets see margins.
 *
 * @param code the company's product code (物料编码)
 * @param spec model and specification (规格型号), or {@code null}
 * @param unit the unit it is sold in (t, 件, 箱)
 * @param weightPerUnit kilograms per unit, or {@code null}
 * @param productGroup its group, or {@code null}
 * @param taxCode the 19-digit tax classification code (税收分类编码), or {@code null} while none is entered
 * @param vatRate the VAT rate in percent, or {@code null} while none is entered
 * @param active whether it may go on a new line (a discontinued product stays readable)
 * @param licences the licences a buyer must hold, valid on the day, to be sold the product (销售合法性), named as the
 *        customer files name them; empty for none (since 0.2 of the package)
 * @since 0.3
 */
public record Product(long id, String code, String name, String spec, String unit, BigDecimal weightPerUnit,
        String productGroup, String taxCode, BigDecimal vatRate, boolean active, java.util.Set<String> licences) {
    public Product {
        licences = licences == null ? java.util.Set.of() : java.util.Set.copyOf(licences);
    }

    /** A product no licence gates. */
    public Product(long id, String code, String name, String spec, String unit, BigDecimal weightPerUnit,
            String productGroup, String taxCode, BigDecimal vatRate, boolean active) {
        this(id, code, name, spec, unit, weightPerUnit, productGroup, taxCode, vatRate, active, java.util.Set.of());
    }
}
