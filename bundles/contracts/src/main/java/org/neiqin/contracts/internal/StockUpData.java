package org.neiqin.contracts.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.neiqin.kit.form.Spec.Kind;
import org.neiqin.kit.form.Spec;

/**
 * A stock-up request (备货申请) to purchasing: what the customer needs against what is in stock.
 */
public record StockUpData(
        @Spec(group = "stockUp", required = true, kind = Kind.ID) Long lineKey,
        @Spec(group = "stockUp", required = true, kind = Kind.QUANTITY, positive = true) BigDecimal quantityNeeded,
        @Spec(group = "stockUp", kind = Kind.QUANTITY) BigDecimal stockOnHand,
        @Spec(group = "stockUp", required = true, kind = Kind.DATE) LocalDate neededBy,
        @Spec(group = "stockUp", max = 500, kind = Kind.LONG_TEXT) String note) {
}
