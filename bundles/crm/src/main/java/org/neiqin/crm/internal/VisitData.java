package org.neiqin.crm.internal;

import java.time.LocalDate;

import org.neiqin.kit.form.Spec;


/** A visit or return call as planned: when, why, what the customer is expected to ask. */
public record VisitData(
        @Spec(group = "visit", required = true, kind = Spec.Kind.CHOICE) VisitData.Kind kind,
        @Spec(group = "visit", required = true, kind = Spec.Kind.DATE) LocalDate plannedOn,
        @Spec(group = "visit", max = 500, required = true) String goal,
        @Spec(group = "visit", max = 1000, kind = Spec.Kind.LONG_TEXT) String expectedQuestions,
        @Spec(group = "visit", max = 60) String salesperson) {

    /** Visit in person or return call (回访). */
    public enum Kind { VISIT, RETURN_CALL }
}
