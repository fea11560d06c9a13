package org.neiqin.logistics.internal.console;

import java.math.BigDecimal;

import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;
import org.neiqin.logistics.internal.LineKind;

/**
 * A row of the note form's grid of samples, gifts and material (no price, never billed); the rules of
 * a note's lines check it with the goods.
 */
public record ExtraLine(@Spec(max = 100) String product, @Spec(kind = Kind.QUANTITY) BigDecimal quantity,
        @Spec(max = 10) String unit, @Spec(kind = Kind.CHOICE) LineKind extraKind) {
}
