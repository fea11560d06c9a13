package org.neiqin.logistics.internal;

import java.time.LocalDate;

import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;

/**
 * Where, how and by when a prepared note ships, as the assistant corrects it before review: the
 * address, contact and phone, the delivery method, the promised and expected dates, the remark.
 */
public record NoteShipping(@Spec(max = 300) String shipTo, @Spec(max = 60) String contact,
        @Spec(kind = Kind.PHONE, max = 40) String phone, @Spec(required = true, kind = Kind.CHOICE) DeliveryMethod deliveryMethod,
        @Spec(required = true, kind = Kind.DATE) LocalDate promisedOn, @Spec(kind = Kind.DATE) LocalDate expectedArrival,
        @Spec(max = 1000, kind = Kind.LONG_TEXT) String note) {
}
