package org.neiqin.invoicing.internal;

import java.math.BigDecimal;

import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;

/** One line of a red-letter credit note: the line of the corrected invoice ({@code lineNo}) and the quantity credited. */
public record CreditLineData(
        @Spec(group = "credit", required = true, kind = Kind.ID) Integer lineNo,
        @Spec(group = "credit", required = true, kind = Kind.QUANTITY, positive = true) BigDecimal quantity) {
}
