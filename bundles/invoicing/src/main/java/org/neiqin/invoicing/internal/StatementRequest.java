package org.neiqin.invoicing.internal;

import java.time.LocalDate;

import org.neiqin.api.crm.CustomerDirectory;
import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;

/** A statement of account to prepare: whose, and the period (usually the month just ended). */
public record StatementRequest(
        @Spec(required = true, kind = Kind.ID, lookup = CustomerDirectory.LOOKUP) Long customerId,
        @Spec(required = true, kind = Kind.DATE) LocalDate from,
        @Spec(required = true, kind = Kind.DATE) LocalDate to,
        @Spec(max = 500, kind = Kind.LONG_TEXT) String note) {
}
