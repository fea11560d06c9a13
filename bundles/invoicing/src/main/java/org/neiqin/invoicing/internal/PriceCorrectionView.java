package org.neiqin.invoicing.internal;

import java.time.Instant;

import org.neiqin.api.money.Money;

/** A price correction as lists show it. */
public record PriceCorrectionView(long id, int version, PriceCorrectionEntity.State state, long documentId,
        String documentNumber, long lineKey, int lineNo, String product, Money orderPrice, Money unitPrice, String reason,
        String createdBy, Instant createdAt) {
}
