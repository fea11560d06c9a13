package org.neiqin.contracts.internal;

import java.math.BigDecimal;

import org.neiqin.kit.form.Spec.Kind;
import org.neiqin.kit.form.Spec;

/**
 * One line as a user enters it. {@code key} names the line of the document in force that an
 * amendment changes (empty for a new line), so that deliveries and invoices stay attached to it.
 */
public record LineData(
        @Spec(kind = Kind.ID) Long key,
        @Spec(max = 100, required = true) String product,
        @Spec(max = 100) String spec,
        @Spec(required = true, kind = Kind.QUANTITY, positive = true) BigDecimal quantity,
        @Spec(max = 10, required = true) String unit,
        @Spec(required = true, kind = Kind.AMOUNT, positive = true) BigDecimal unitPrice,
        @Spec(kind = Kind.QUANTITY) BigDecimal weight) {
}
