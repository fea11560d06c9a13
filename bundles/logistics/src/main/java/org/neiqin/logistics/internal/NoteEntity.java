package org.neiqin.logistics.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.neiqin.api.crm.PaymentTerms;
import org.neiqin.kit.store.Row;
import org.neiqin.kit.store.Stateful;
import org.neiqin.kit.store.Transitions;
import org.neiqin.kit.store.Stamps;

/** A delivery note (发货单). */
@Entity
@Table(name = "LG_NOTE")
public class NoteEntity implements Row, Stateful<NoteState> {
    @Id
    Long id;
    @Version
    int version;
    String code;
    @Enumerated(EnumType.STRING)
    NoteState state;
    long documentId;
    String documentNumber;
    long customerId;
    String customerName;
    String region;
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
    @Embedded
    Stamps stamps = new Stamps();

    @Override
    public void assignId(long id) {
        this.id = id;
    }

    @Override
    public int version() {
        return version;
    }

    @Override
    public String reference() {
        return code;
    }

    @Override
    public Stamps stamps() {
        return stamps;
    }

    @Override
    public long id() {
        return id;
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
