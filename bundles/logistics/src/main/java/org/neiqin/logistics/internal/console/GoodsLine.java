package org.neiqin.logistics.internal.console;

import java.math.BigDecimal;

import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;

/**
 * A row of the grid of a note's goods (an order line and what goes of it) or of the goods that come back on a
 * return (a line of the note): the row's key, then what the user enters; a row without a quantity is left out.
 */
public record GoodsLine(@Spec(kind = Kind.ID) Long line, @Spec(kind = Kind.QUANTITY, positive = true) BigDecimal quantity,
        @Spec(max = 500) String batch) {
}
