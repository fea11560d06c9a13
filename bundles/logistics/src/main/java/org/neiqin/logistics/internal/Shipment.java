package org.neiqin.logistics.internal;

import org.neiqin.api.money.Money;

import org.neiqin.kit.form.Spec;

/**
 * How goods leave: the logistics company (required when the note goes by one; screened, its agreement
 * valid on the ship date), the waybill number and the freight cost.
 */
public record Shipment(@Spec(kind = Spec.Kind.ID) Long carrier, @Spec(max = 60) String waybill,
        @Spec(kind = Spec.Kind.AMOUNT) Money freight) {
    static final Shipment NONE = new Shipment(null, null, null);

    boolean given() {
        return carrier != null || (waybill != null && !waybill.isBlank()) || freight != null;
    }
}
