package org.neiqin.invoicing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.neiqin.kit.store.Recorded;
import org.neiqin.kit.store.Stateful;
import org.neiqin.kit.store.Transitions;

/**
 * An invoice: a request while it is prepared and reviewed, then the invoice finance issued, with its number, the
 * buyer's billing data as the customer file held it that day, and its VAT totals (the sums of its lines').
 */
@Entity
@Table(name = "INV_INVOICE")
public class InvoiceEntity extends Recorded implements Stateful<InvoiceState> {
    @Enumerated(EnumType.STRING)
    InvoiceState state;
    /** Neiqin's number, given at issue; none before. */
    @javax.persistence.Column(name = "INVOICE_NUMBER")
    String number;
    long documentId;
    String documentNumber;
    long customerId;
    String customerName;
    String salesperson;
    String region;
    @Enumerated(EnumType.STRING)
    InvoiceType invoiceType;
    @Enumerated(EnumType.STRING)
    InvoiceMedium medium;
    /** Whether the lines' unit prices include the tax (the company's setting when the request was made). */
    boolean taxIncluded;
    String currency;
    BigDecimal amount;
    BigDecimal tax;
    BigDecimal total;
    String note;
    /** The buyer as the customer file said on the day of issue (kept as it was). */
    String buyerName;
    String buyerTaxNumber;
    String buyerAddress;
    String buyerPhone;
    String buyerBank;
    String buyerAccount;
    LocalDate issuedOn;
    LocalDate dueDate;
    /** The invoice a red-letter credit note corrects, and why; none for an invoice. */
    Long creditOf;
    String creditReason;
    /** The tax platform's number and date, entered by finance. */
    String officialNumber;
    LocalDate officialDate;
    /** How the office sent the issued invoice to the customer, and when the customer received it. */
    LocalDate sentOn;
    String courier;
    String waybill;
    LocalDate receivedOn;
    /**
     * What is left to pay of an issued invoice (total less matched receipts, plus its credit notes' negative totals),
     * kept as they come; none for a request or a credit note. {@link Owing} reads the same from the rows themselves.
     */
    java.math.BigDecimal openAmount;
    /** A request split over the per-invoice limits: its first part's id, this part's place, how many parts. */
    Long splitGroup;
    Integer splitPart;
    Integer splitParts;

    @Override
    public String reference() {
        return number != null ? number : String.valueOf(id);
    }

    @Override
    public InvoiceState state() {
        return state;
    }

    @Override
    public void state(InvoiceState to) {
        state = to;
    }

    @Override
    public Transitions<InvoiceState> transitions() {
        return InvoiceState.STEPS;
    }
}
