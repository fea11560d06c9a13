package org.neiqin.crm.internal;

import java.time.LocalDate;

import org.neiqin.kit.form.Spec;


/** A complaint or feedback as logged. */
public record ComplaintData(
        @Spec(group = "complaint", required = true, kind = Spec.Kind.CHOICE) ComplaintData.Kind kind,
        @Spec(group = "complaint", required = true, kind = Spec.Kind.DATE) LocalDate receivedOn,
        @Spec(group = "complaint", max = 2000, required = true, kind = Spec.Kind.LONG_TEXT) String description,
        @Spec(group = "complaint", max = 60) String assignee) {

    /** Complaint (投诉) or feedback (反馈). */
    public enum Kind { COMPLAINT, FEEDBACK }

    /** Where its handling stands. */
    public enum Status { OPEN, IN_HANDLING, CLOSED }
}
