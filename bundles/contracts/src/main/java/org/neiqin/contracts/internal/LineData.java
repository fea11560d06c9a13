package org.neiqin.contracts.internal;

import java.math.BigDecimal;

import org.neiqin.api.money.Money;
import org.neiqin.kit.form.Spec.Kind;
import org.neiqin.kit.form.Spec;

/**
 * One line as a user enters it. {@code key} names the line of the document in force that an
 * amendment changes (empty for a new line), so that deliveries and invoices stay attached to it.
 */
public record LineData(
        @Spec(group = "line", kind = Kind.ID) Long key,
        @Spec(group = "line", max = 100, required = true) String product,
        @Spec(group = "line", max = 100) String spec,
        @Spec(group = "line", required = true, kind = Kind.QUANTITY, positive = true) BigDecimal quantity,
        @Spec(group = "line", max = 10, required = true) String unit,
        @Spec(group = "line", required = true, kind = Kind.AMOUNT, positive = true) Money unitPrice,
        @Spec(group = "line", kind = Kind.QUANTITY) BigDecimal weight) {
}
