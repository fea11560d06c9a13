package org.neiqin.crm.internal;

import java.time.LocalDate;

import org.neiqin.kit.form.Spec.Kind;
import org.neiqin.kit.form.Spec;

/** A licence or certificate on file (营业执照, 税务登记证 …). */
public record LicenceData(
        @Spec(group = "licence", max = 100, required = true) String name,
        @Spec(group = "licence", max = 60) String number,
        @Spec(group = "licence", kind = Kind.DATE) LocalDate expiresOn,
        @Spec(group = "licence", kind = Kind.CHOICE) Verified verified) {

    /** Whether the original was seen and checked. */
    public enum Verified { YES, NO }
}
