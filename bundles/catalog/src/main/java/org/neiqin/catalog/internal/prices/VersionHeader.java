package org.neiqin.catalog.internal.prices;

import java.time.LocalDate;

import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;

/** A draft version as a user enters it, besides its prices: the day it takes effect and a note. */
public record VersionHeader(
        @Spec(kind = Kind.DATE, required = true) LocalDate effectiveFrom,
        @Spec(kind = Kind.LONG_TEXT, max = 500) String note) {
}
