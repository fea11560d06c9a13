package org.neiqin.contracts.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;

/**
 * The planning clerk's answer for one line: the stock found, the production order raised for it (its number, if
 * one was needed), the date the line can ship, and a note.
 */
public record ShipDateData(
        @Spec(group = "shipDate", kind = Kind.QUANTITY) BigDecimal stockOnHand,
        @Spec(group = "shipDate", max = 60) String productionOrder,
        @Spec(group = "shipDate", required = true, kind = Kind.DATE) LocalDate committedDate,
        @Spec(group = "shipDate", max = 500, kind = Kind.LONG_TEXT) String note) {
}
