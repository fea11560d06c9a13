package org.neiqin.logistics.internal;

import java.time.LocalDate;

import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;

/**
 * A logistics company as it is entered in the register: who to call, the agreement's terms and rates
 * (as text), and the days it is valid.
 */
public record CarrierRequest(@Spec(required = true, max = 200) String name, @Spec(max = 60) String contact,
        @Spec(kind = Kind.PHONE, max = 40) String phone, @Spec(max = 1000, kind = Kind.LONG_TEXT) String agreement,
        @Spec(max = 1000, kind = Kind.LONG_TEXT) String rates, @Spec(required = true, kind = Kind.DATE) LocalDate validFrom,
        @Spec(required = true, kind = Kind.DATE) LocalDate validTo) {
}
