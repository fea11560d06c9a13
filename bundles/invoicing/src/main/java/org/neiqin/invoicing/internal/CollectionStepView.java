package org.neiqin.invoicing.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.neiqin.api.money.Money;

/**
 * A step of the collection ladder as the board shows it: the invoice, how far past due, what it still owes today, what
 * was mailed, and who did what the step asks.
 *
 * @param open whether it waits for somebody: not done, and the invoice still owes
 */
public record CollectionStepView(long id, int version, long invoiceId, String invoiceNumber, long customerId,
        String customerName, String salesperson, Ladder.Step step, LocalDate dueDate, LocalDate reachedOn,
        long daysPastDue, Money owedWhenReached, Money owedNow, CollectionStepEntity.MailState mailState, String mailTo,
        int mailTries, String mailError, Instant mailedAt, String doneBy, Instant doneAt, String reason,
        LocalDate promisedOn, String note, boolean open) {
}
