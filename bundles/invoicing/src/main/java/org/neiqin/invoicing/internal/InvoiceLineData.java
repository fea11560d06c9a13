package org.neiqin.invoicing.internal;

import java.math.BigDecimal;

import org.neiqin.api.money.Money;
import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;

/**
 * One line of an invoice request: the order line billed ({@code lineKey}, its id in the document) and the quantity.
 * The product, specification and unit price come from the order line; when given they must agree with it
 * (开票前核对品种、单价、数量), or the line is refused naming the field. The tax rate comes from the catalogue's product when
 * the line names one, else it is chosen from the configured table.
 */
public record InvoiceLineData(
        @Spec(group = "line", required = true, kind = Kind.ID) Long lineKey,
        @Spec(group = "line", max = 100) String product,
        @Spec(group = "line", max = 100) String spec,
        @Spec(group = "line", required = true, kind = Kind.QUANTITY, positive = true) BigDecimal quantity,
        @Spec(group = "line", kind = Kind.AMOUNT, positive = true) Money unitPrice,
        @Spec(group = "line", kind = Kind.QUANTITY) BigDecimal taxRate) {
}
