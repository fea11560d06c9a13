package org.neiqin.invoicing.internal;

import java.time.LocalDate;

import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;

/** The salesperson's overdue report (未回款报告单): why the customer has not paid, and the day they promised to. */
public record OverdueReport(
        @Spec(required = true, max = 2000, kind = Kind.LONG_TEXT) String reason,
        @Spec(required = true, kind = Kind.DATE) LocalDate promisedOn) {
}
