package org.neiqin.leads.internal;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.kit.form.Forms;

/** The rules of an inquiry beyond what {@code @Spec} says: static and pure, unit-tested without Karaf. */
public final class LeadRules {
    private LeadRules() {
    }

    /** @return every problem of {@code d}; empty when it may be saved */
    public static List<FieldError> check(LeadData d) {
        List<FieldError> errors = new ArrayList<>(Forms.check(d));
        errors.addAll(reachable(d.phone(), d.email()));
        if (d.source() == LeadSource.AD && (d.sourceDetail() == null || d.sourceDetail().isBlank())) {
            errors.add(new FieldError("sourceDetail", "required", Text.of("leads.adKeyword",
                    "an inquiry from an ad names the ad or its keyword")));
        }
        return errors;
    }

    /** @return a problem when neither a phone number (five digits at least) nor an e-mail address is given */
    public static List<FieldError> reachable(String phone, String email) {
        boolean hasPhone = phone != null && !phone.isBlank();
        if (hasPhone && Keys.phone(phone) == null) {
            return List.of(new FieldError("phone", "format", Text.of("leads.phoneDigits",
                    "a phone number has five digits at least")));
        }
        if (!hasPhone && (email == null || email.isBlank())) {
            return List.of(new FieldError("phone", "required", Text.of("leads.reach",
                    "give a phone number or an e-mail address, so that the inquiry can be answered")));
        }
        return List.of();
    }
}
