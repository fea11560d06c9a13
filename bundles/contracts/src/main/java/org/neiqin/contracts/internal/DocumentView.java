package org.neiqin.contracts.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.neiqin.api.contracts.ContractLine;
import org.neiqin.api.contracts.DocumentKind;
import org.neiqin.api.contracts.DocumentState;
import org.neiqin.api.money.Money;

/**
 * A document as shown and sent: identity, state, the version for optimistic locking, the header
 * and lines in force, and what happened to it.
 */
public record DocumentView(long id, DocumentKind kind, String number, DocumentState state, int version, int revision,
        Integer pendingRevision, String customerName, DocumentData data, List<ContractLine> lines, Money total,
        Long sourceId, String creditCheck, LocalDate signedOn, String signedCopy, String closedReason,
        String createdBy, Instant createdAt, Instant updatedAt, String updatedBy) {

    /** @return the number, or a draft mark for a document that has none yet. */
    public String displayNumber() {
        return DocumentRules.displayNumber(number, id);
    }
}
