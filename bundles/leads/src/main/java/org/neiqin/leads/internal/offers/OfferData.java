package org.neiqin.leads.internal.offers;

import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;

/** An offer as the back office writes it; each field's label is {@code field.<name>}. */
public record OfferData(
        @Spec(max = 120, required = true) String title,
        @Spec(required = true, kind = Kind.CHOICE) OfferKind kind,
        @Spec(max = 60) String region,
        @Spec(max = 500, kind = Kind.LONG_TEXT) String products,
        @Spec(max = 2000, kind = Kind.LONG_TEXT, required = true) String conditions,
        @Spec(max = 2000, kind = Kind.LONG_TEXT) String policy) {
}
