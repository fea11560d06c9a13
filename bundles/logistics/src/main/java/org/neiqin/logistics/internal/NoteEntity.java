package org.neiqin.logistics.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.neiqin.api.crm.PaymentTerms;
import org.neiqin.kit.store.Recorded;
import org.neiqin.kit.store.Stateful;
import org.neiqin.kit.store.Transitions;

/** A delivery note (发货单). */
@Entity
@Table(name = "LG_NOTE")
public class NoteEntity extends Recorded implements Stateful<NoteState> {
    String code;
    @Enumerated(EnumType.STRING)
    NoteState state;
    long documentId;
    String documentNumber;
    long customerId;
    String customerName;
    String region;
    /** The salesperson of the order it ships (record scopes), or null for a note written before notes kept it. */
    String salesperson;
    /** what the credit check at release found */
    @Column(name = "CREDIT_NOTE")
    String creditCheck;
    String carrierSignedBy;
    Instant carrierSignedAt;
    String proofName;
    @Enumerated(EnumType.STRING)
    PaymentTerms paymentTerms;
    String shipTo;
    String contact;
    String phone;
    @Enumerated(EnumType.STRING)
    DeliveryMethod deliveryMethod;
    LocalDate promisedOn;
    Long carrierId;
    String carrierName;
    String waybill;
    BigDecimal freight;
    LocalDate expectedArrival;
    String currency;
    BigDecimal amount;
    String financeSignedBy;
    Instant financeSignedAt;
    String exceptionReason;
    String exceptionBy;
    String warehouseCheckedBy;
    Instant warehouseCheckedAt;
    Instant shippedAt;
    Instant deliveredAt;
    String problem;
    String note;

    @Override
    public String reference() {
        return code;
    }

    @Override
    public NoteState state() {
        return state;
    }

    @Override
    public void state(NoteState to) {
        state = to;
    }

    @Override
    public Transitions<NoteState> transitions() {
        return NoteState.STEPS;
    }
}
