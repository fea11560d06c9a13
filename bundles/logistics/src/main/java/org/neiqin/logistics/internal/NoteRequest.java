package org.neiqin.logistics.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;

/**
 * A delivery note as the assistant prepares it: the order or contract it ships against, where it goes,
 * how and by when, and its lines.
 *
 * @param document the order or contract (its id), which must be in force
 * @param shipTo the address it ships to; the order's when empty
 * @param promisedOn the date the goods are promised to leave (the delivery deadline)
 * @param expectedArrival when the customer should have them
 */
public record NoteRequest(@Spec(required = true, kind = Kind.ID) Long document, @Spec(max = 300) String shipTo,
        @Spec(max = 60) String contact, @Spec(kind = Kind.PHONE, max = 40) String phone,
        @Spec(required = true, kind = Kind.CHOICE) DeliveryMethod deliveryMethod,
        @Spec(required = true, kind = Kind.DATE) LocalDate promisedOn, @Spec(kind = Kind.DATE) LocalDate expectedArrival,
        @Spec(max = 1000, kind = Kind.LONG_TEXT) String note, List<Line> lines) {

    /**
     * A line: goods against a line of the order ({@code line}, its id), or a sample, gift or
     * promotional material that goes with them ({@code kind}, {@code product}; no order line, no price).
     */
    public record Line(Long line, LineKind kind, String product, String spec, String unit, BigDecimal quantity,
            String batch) {
        /** @return the kind, goods when none is given */
        public LineKind kindOrGoods() {
            return kind == null ? LineKind.GOODS : kind;
        }
    }
}
