package org.neiqin.kit.form;

import org.neiqin.kit.form.Spec.Kind;

/** A contact person as entered. */
public record Contact(
        @Spec(group = "contact", max = 60, required = true) String name,
        @Spec(group = "contact", max = 60) String roleTitle,
        @Spec(group = "contact", max = 40, kind = Kind.PHONE) String phone,
        @Spec(group = "contact", max = 120, kind = Kind.EMAIL) String email) {
}
