package org.neiqin.invoicing.internal;

import java.time.LocalDate;

import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;

/**
 * The customer's answer to a statement: signed back on a day (回传), or disputed — then {@code dispute} says which
 * entries do not agree and why.
 */
public record StatementReply(
        @Spec(required = true, kind = Kind.DATE) LocalDate signedOn,
        @Spec(max = 2000, kind = Kind.LONG_TEXT) String dispute) {
}
