package org.neiqin.leads.internal;

import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;

/**
 * An inquiry as it is entered by hand or corrected (who asked, how to reach them, about what, and where it came from).
 * Each field's label is {@code field.<name>} in the messages.
 */
public record LeadData(
        @Spec(max = 200, required = true) String company,
        @Spec(max = 60, required = true) String contact,
        @Spec(max = 40, kind = Kind.PHONE) String phone,
        @Spec(max = 120, kind = Kind.EMAIL) String email,
        @Spec(max = 60) String region,
        @Spec(max = 100) String product,
        @Spec(required = true, kind = Kind.CHOICE) LeadSource source,
        @Spec(max = 100) String sourceDetail,
        @Spec(max = 2000, kind = Kind.LONG_TEXT) String message) {
}
