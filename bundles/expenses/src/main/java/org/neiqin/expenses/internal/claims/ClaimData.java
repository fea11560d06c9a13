package org.neiqin.expenses.internal.claims;

import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;

/** A claim's head as the claimant fills it: what the expenses were for, and the advance they settle, if any. */
public record ClaimData(
        @Spec(max = 300, required = true) String purpose,
        @Spec(kind = Kind.ID) Long advanceId,
        @Spec(max = 500, kind = Kind.LONG_TEXT) String note) {
}
