package org.neiqin.invoicing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.neiqin.api.money.Money;

/** A receipt with what was matched to which invoice, and what is left on the customer's account (the advance). */
public record ReceiptView(long id, int version, long customerId, String customerName, LocalDate receivedOn,
        PaymentMethod method, Money amount, Money allocated, Money unapplied, String reference, String note,
        List<Allocation> allocations, String createdBy, Instant createdAt) {

    /** One match: the invoice and the amount. */
    public record Allocation(long invoiceId, String invoiceNumber, Money amount, String allocatedBy, Instant allocatedAt) {
    }
}
