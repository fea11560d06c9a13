package org.neiqin.invoicing.internal;

import java.time.LocalDate;
import java.util.List;

import org.neiqin.api.money.Money;

/**
 * A statement of account (货款往来对账单) of one customer over a period: what the customer owed at its start, the
 * invoices, credit notes and receipts of the period in date order with the balance after each, and what the customer
 * owed at its end. Closing = opening + invoiced − credited − received, always.
 *
 * @param customerId the customer
 * @param customerName the customer's name
 * @param from the first day of the period
 * @param to its last day
 * @param opening owed at the start of {@code from}
 * @param entries the period's movements, oldest first
 * @param invoiced the sum of the period's invoices
 * @param credited the sum of the period's credit notes (positive)
 * @param received the sum of the period's receipts
 * @param closing owed at the end of {@code to}
 */
public record Statement(long customerId, String customerName, LocalDate from, LocalDate to, Money opening,
        List<Entry> entries, Money invoiced, Money credited, Money received, Money closing) {

    /** What a movement is. */
    public enum Kind {
        INVOICE, CREDIT_NOTE, RECEIPT
    }

    /**
     * One movement: an invoice (debit), a credit note or a receipt (credit).
     *
     * @param date its date (issued, received)
     * @param kind what it is
     * @param reference its number (a receipt's bank reference, else its id)
     * @param detail the order or contract billed, the receipt's method
     * @param debit what it adds to what is owed, zero for none
     * @param credit what it takes off, zero for none
     * @param balance what is owed after it
     */
    public record Entry(LocalDate date, Kind kind, String reference, String detail, Money debit, Money credit,
            Money balance) {
    }
}
