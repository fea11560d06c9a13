package org.neiqin.contracts.internal;

import java.time.Instant;
import java.util.List;

import org.neiqin.api.contracts.ContractLine;
import org.neiqin.api.money.Money;

/** One version of a document, as it was. */
public record RevisionView(int revision, RevisionState state, DocumentData header, List<ContractLine> lines,
        Money total, String reason, Instant createdAt, String createdBy, Instant decidedAt) {
}
