package org.neiqin.logistics.internal;

import java.math.BigDecimal;
import java.util.List;

import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;

/**
 * A return or exchange as the assistant prepares it: the delivery note the goods came on, why they
 * come back, and how much of which of its lines.
 *
 * @param note the delivery note (its id), whose goods must have left
 */
public record ReturnRequest(@Spec(required = true, kind = Kind.ID) Long note,
        @Spec(required = true, kind = Kind.CHOICE) ReturnKind kind,
        @Spec(required = true, max = 500, kind = Kind.LONG_TEXT) String reason, List<Line> lines) {

    /** A line: how much of the note's line {@code noteLine} (its number on the note) comes back. */
    public record Line(Integer noteLine, BigDecimal quantity) {
    }
}
