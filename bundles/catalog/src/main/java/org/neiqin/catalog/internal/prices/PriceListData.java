package org.neiqin.catalog.internal.prices;

import org.neiqin.api.crm.CustomerDirectory;
import org.neiqin.api.crm.Grade;
import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;

/**
 * A price list as a user enters it: whom it is for — a customer (its own prices), a customer grade and/or region, or
 * nobody in particular (the default list) — one list for each such scope. Each field's label is
 * {@code field.<name>} in the messages.
 *
 * @param season what the list is for in the year (旺季, 2026 冬储), a label; prices that hold for part of a version
 *        carry their own dates
 */
public record PriceListData(
        @Spec(max = 40, required = true) String code,
        @Spec(max = 100, required = true) String name,
        @Spec(kind = Kind.ID, lookup = CustomerDirectory.LOOKUP) Long customerId,
        @Spec Grade grade,
        @Spec(max = 20) String region,
        @Spec(max = 40) String season,
        @Spec(kind = Kind.LONG_TEXT, max = 500) String note) {
}
