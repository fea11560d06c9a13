package org.neiqin.crm.internal;

import java.time.LocalDate;

import org.neiqin.kit.form.Spec.Kind;
import org.neiqin.kit.form.Spec;

/** What a salesperson reports after the visit: the outcome and the next step. */
public record VisitReport(
        @Spec(group = "visit", required = true, kind = Kind.DATE) LocalDate doneOn,
        @Spec(group = "visit", max = 2000, required = true, kind = Kind.LONG_TEXT) String outcome,
        @Spec(group = "visit", max = 500) String nextStep) {
}
