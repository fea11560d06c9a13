package org.neiqin.catalog.internal;

import java.time.Instant;

/**
 * A product as REST, the console and the shell show it; its cost price only to those who may see margins
 * ({@code catalog.cost}), {@code null} to the others.
 */
public record ProductView(long id, int version, ProductState state, ProductData data, Instant createdAt,
        String createdBy, Instant updatedAt, String updatedBy) {
}
