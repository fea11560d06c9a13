package org.neiqin.invoicing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.neiqin.api.money.Money;

/**
 * An invoice as its pages and REST show it: its state and number, what it bills, the buyer as billed, the VAT totals
 * ({@code total} = {@code amount} + {@code tax}, the sums of the lines') with the total in capital numerals, what
 * receipts paid of it and what is outstanding, and its lines.
 */
public record InvoiceView(long id, int version, InvoiceState state, String number, long documentId,
        String documentNumber, long customerId, String customerName, String salesperson, InvoiceType invoiceType,
        InvoiceMedium medium, boolean taxIncluded, Money amount, Money tax, Money total, String totalInWords,
        Money paid, Money outstanding,
        String note, String buyerName, String buyerTaxNumber, String buyerAddress, String buyerPhone, String buyerBank,
        String buyerAccount, LocalDate issuedOn, LocalDate dueDate, String officialNumber, LocalDate officialDate,
        Sending sending, Split split, Long creditOf, String creditReason, List<Line> lines, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {

    /**
     * How the office sent the issued invoice to the customer (回到内勤寄给客户), and when it arrived; {@code null} before
     * it was sent.
     */
    public record Sending(LocalDate sentOn, String courier, String waybill, LocalDate receivedOn) {
    }

    /**
     * One of the invoices a request over the per-invoice limits was split into: its first part's id, its place (from 1)
     * and how many there are; {@code null} for a request that fit.
     */
    public record Split(long group, int part, int parts) {
    }

    /** One line: the order line it bills and its VAT figures. */
    public record Line(int lineNo, long lineKey, Long productId, String productCode, String product, String spec,
            String unit, java.math.BigDecimal quantity, Money unitPrice, String taxCode, java.math.BigDecimal taxRate,
            Money amount, Money tax, Money total) {
    }
}
