package org.neiqin.api.audit;

import java.time.Instant;

/**
 * One audit record. Values are kept as JSON text exactly as written.
 *
 * @param id entry id
 * @param chain the hash chain it belongs to (the module id)
 * @param seq its position in the chain, from 1 without gaps
 * @param at when (UTC)
 * @param actor who
 * @param entity what kind of thing, e.g. {@code customer}
 * @param entityId which one
 * @param action what happened
 * @param oldValues changed fields before, as JSON ({@code null} for a create)
 * @param newValues changed fields after, as JSON
 * @param hash SHA-256 over the previous entry's hash and this entry's fields
 * @since 0.1
 */
public record AuditEntry(long id, String chain, long seq, Instant at, String actor, String entity, String entityId,
        AuditAction action, String oldValues, String newValues, String hash) {
}
