package org.neiqin.contracts.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A stock-up request as shown and sent. */
public record StockUpView(long id, int version, long documentId, String documentNumber, long lineKey, String product,
        BigDecimal quantityNeeded, String unit, BigDecimal stockOnHand, LocalDate neededBy, String note,
        StockUpState state, String answer, String requestedBy, Instant requestedAt, String handledBy,
        Instant handledAt) {
}
