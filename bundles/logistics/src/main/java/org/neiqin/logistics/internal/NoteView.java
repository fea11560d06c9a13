package org.neiqin.logistics.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.neiqin.api.crm.PaymentTerms;
import org.neiqin.api.money.Money;

/**
 * A delivery note as users read it. {@code paymentTerms} are the stricter of those the note was
 * prepared under and those on the customer's file today, and {@code gate} says whether its goods may
 * leave as far as money goes under them ({@link Gate}). {@code creditCheck} is what the credit check
 * at release found.
 */
public record NoteView(long id, String code, int version, NoteState state, long document, String documentNumber,
        long customer, String customerName, PaymentTerms paymentTerms, Gate gate, String shipTo, String contact,
        String phone, DeliveryMethod deliveryMethod, LocalDate promisedOn, LocalDate expectedArrival, Long carrier,
        String carrierName, String waybill, Money freight, Money amount,
        String financeSignedBy, Instant financeSignedAt, String exceptionReason, String exceptionBy,
        String warehouseCheckedBy, Instant warehouseCheckedAt, String creditCheck, String region, String carrierSignedBy,
        Instant carrierSignedAt, String proofName, Instant shippedAt,
        Instant deliveredAt, String problem, String note, boolean late, List<Line> lines, Instant createdAt,
        String createdBy, Instant updatedAt, String updatedBy) {

    /** A line of the note. */
    public record Line(int lineNo, LineKind kind, Long orderLine, String product, String spec, String unit,
            BigDecimal quantity, String batch, Money unitPrice, Money amount) {
    }
}
