package org.neiqin.catalog.internal.prices;

import java.time.LocalDate;

import org.neiqin.api.catalog.Catalog;
import org.neiqin.api.money.Money;
import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;

/** One product's price in a version as a user enters it: tax included, greater than zero, valid between two days. */
public record PriceEntryData(
        @Spec(group = "entry", kind = Kind.ID, lookup = Catalog.LOOKUP, required = true) Long productId,
        @Spec(group = "entry", kind = Kind.AMOUNT, required = true, positive = true) Money price,
        @Spec(group = "entry", kind = Kind.DATE) LocalDate validFrom,
        @Spec(group = "entry", kind = Kind.DATE) LocalDate validTo) {
}
