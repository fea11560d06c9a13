package org.neiqin.leads.internal.calls;

import java.time.LocalDate;

import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;

/**
 * A call as the caller logs it: what came of it, what was learned about the market, competitors or policy, and when to
 * call next (by default in the settings' days).
 */
public record CallData(
        @Spec(required = true, kind = Kind.CHOICE) CallOutcome outcome,
        @Spec(kind = Kind.CHOICE) Topic topic,
        @Spec(max = 2000, kind = Kind.LONG_TEXT) String learned,
        @Spec(max = 100) String competitor,
        @Spec(kind = Kind.DATE) LocalDate nextContactOn) {
}
