package org.neiqin.invoicing.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.neiqin.api.money.Money;

/**
 * A statement of account as sent, with its frozen figures; {@code changed}, while it is prepared or agreed, when the
 * account read again for the same period no longer gives them (an invoice, credit note or receipt of the period
 * entered since): it is withdrawn and prepared again rather than sent.
 */
public record StatementRecordView(long id, String reference, int version, StatementState state, long customerId,
        String customerName, LocalDate from, LocalDate to, Money opening, Money invoiced, Money credited, Money received,
        Money closing, String agreedBy, Instant agreedAt, LocalDate sentOn, StatementEntity.Sent sentHow, String sentTo,
        LocalDate signedOn, String dispute, String note, boolean changed, String createdBy, Instant createdAt) {
}
