package org.neiqin.contracts.internal;

import java.math.BigDecimal;

import org.neiqin.api.catalog.Catalog;
import org.neiqin.api.money.Money;
import org.neiqin.kit.form.Spec.Kind;
import org.neiqin.kit.form.Spec;

/**
 * One line as a user enters it. {@code key} names the line of the document in force that an
 * amendment changes (empty for a new line), so that deliveries and invoices stay attached to it.
 * {@code productId} names a product of the catalogue (with {@code neiqin-catalog} installed): the line then takes the
 * product's name, specification and unit as they are on the day it is written, and whatever was typed for them is
 * replaced; without it, {@code product} and {@code unit} are typed (free text). A line naming a product whose price
 * the price lists give the customer may leave {@code unitPrice} empty: it is the list's.
 */
public record LineData(
        @Spec(group = "line", kind = Kind.ID) Long key,
        @Spec(group = "line", kind = Kind.ID, lookup = Catalog.LOOKUP) Long productId,
        @Spec(group = "line", max = 100) String product,
        @Spec(group = "line", max = 100) String spec,
        @Spec(group = "line", required = true, kind = Kind.QUANTITY, positive = true) BigDecimal quantity,
        @Spec(group = "line", max = 10) String unit,
        @Spec(group = "line", kind = Kind.AMOUNT, positive = true) Money unitPrice,
        @Spec(group = "line", kind = Kind.QUANTITY) BigDecimal weight) {
}
