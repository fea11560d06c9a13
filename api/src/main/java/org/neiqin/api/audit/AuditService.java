package org.neiqin.api.audit;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The audit trail: who did what, when, with old and new values. Entries are written in the
 * caller's transaction (so a rolled-back change leaves no entry), never updated or deleted, and
 * hash-chained per module so that tampering is detected by {@link #verify()}.
 *
 * @since 0.1
 */
@ProviderType
public interface AuditService {

    /**
     * Records an action of the current actor (or {@code system}). Inside a transaction the entry
     * is appended to its chain just before the transaction commits, and a rollback drops it; the
     * entry returned then has its id but no sequence number or hash yet. Outside a transaction the entry
     * is stored at once and returned as stored.
     *
     * @param module the writing module's id: its chain
     * @param oldValues fields before (only the changed ones for an update); {@code null} for a create
     * @param newValues fields after
     */
    AuditEntry record(String module, String entity, String entityId, AuditAction action,
            Map<String, ?> oldValues, Map<String, ?> newValues);

    /**
     * Appends now the entries this transaction has recorded so far, instead of just before it commits,
     * so that they no longer wait in memory: a long write (an import of many thousand records) calls
     * it every few hundred records. The module's chain stays locked from then until the transaction
     * ends, so other writers of that module wait for its commit. Nothing happens outside a transaction.
     *
     * @since 0.3
     */
    void flush();

    /** @return entries about one entity, oldest first. */
    List<AuditEntry> history(String entity, String entityId);

    /** @return the newest entries, newest first, at most {@code limit}, skipping {@code offset}. */
    List<AuditEntry> recent(int offset, int limit);

    long count();

    /** Re-computes every chain. */
    AuditVerification verify();
}
