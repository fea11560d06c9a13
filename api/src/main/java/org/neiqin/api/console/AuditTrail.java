package org.neiqin.api.console;

import java.util.List;

import org.neiqin.api.audit.AuditEntry;

/**
 * The change history of a record (who, when, what, before, after), drawn the same way on every
 * page that shows one. The record column appears when the entries belong to more than one record
 * type (a document and its review rounds).
 *
 * @param entries the entries, in the order to show them
 * @since 0.1
 */
public record AuditTrail(List<AuditEntry> entries) implements Block {
    public AuditTrail {
        entries = List.copyOf(entries);
    }
}
