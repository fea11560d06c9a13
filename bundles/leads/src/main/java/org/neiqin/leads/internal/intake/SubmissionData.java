package org.neiqin.leads.internal.intake;

import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;

/**
 * What the public form and its JSON endpoint take. {@code website} is the honeypot: a field the page hides from people,
 * which only a bot fills in.
 */
public record SubmissionData(
        @Spec(max = 200, required = true) String company,
        @Spec(max = 60, required = true) String contact,
        @Spec(max = 40, kind = Kind.PHONE) String phone,
        @Spec(max = 120, kind = Kind.EMAIL) String email,
        @Spec(max = 60) String region,
        @Spec(max = 100) String interest,
        @Spec(kind = Kind.ID) Long offer,
        @Spec(max = 2000, kind = Kind.LONG_TEXT) String message,
        @Spec(max = 200) String website) {
}
