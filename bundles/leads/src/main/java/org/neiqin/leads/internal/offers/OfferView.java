package org.neiqin.leads.internal.offers;

import java.time.Instant;

/** An offer as REST, the console and the public page show it. */
public record OfferView(long id, String code, int version, OfferState state, OfferData data, Instant publishedAt,
        long leads, Instant updatedAt, String updatedBy) {
}
