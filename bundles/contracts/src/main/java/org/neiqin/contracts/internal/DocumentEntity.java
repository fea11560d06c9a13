package org.neiqin.contracts.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.persistence.AttributeOverride;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.neiqin.api.contracts.DocumentKind;
import org.neiqin.api.contracts.DocumentState;
import org.neiqin.api.crm.PaymentTerms;
import org.neiqin.kit.store.Recorded;
import org.neiqin.kit.store.Stateful;
import org.neiqin.kit.store.Transitions;

/** A document's header in force; the fields named as in {@link DocumentData} are copied by name. */
@Entity
@Table(name = "CT_DOCUMENT")
// who prepared the document is its createdBy, in the column that keeps its first name
@AttributeOverride(name = "stamps.createdBy", column = @Column(name = "PREPARED_BY"))
public class DocumentEntity extends Recorded implements Stateful<DocumentState> {
    @Enumerated(EnumType.STRING)
    DocumentKind kind;
    @Enumerated(EnumType.STRING)
    DocumentState state;
    @javax.persistence.Column(name = "DOC_NUMBER")
    String number;
    int revision;
    Integer pendingRevision;
    String customerName;

    Long customerId;
    LocalDate documentDate;
    LocalDate deliveryDate;
    LocalDate validUntil;
    String contact;
    String phone;
    String deliveryAddress;
    String salesperson;
    String region;
    String city;
    String placeOfSigning;
    @Enumerated(EnumType.STRING)
    PaymentTerms paymentTerms;
    Integer creditDays;
    String specialRequirements;
    String terms;

    String currency;
    BigDecimal total;
    Long sourceId;
    /** what the credit check at confirmation found */
    @Column(name = "CREDIT_NOTE")
    String creditCheck;
    LocalDate signedOn;
    String signedCopy;
    String closedReason;

    @Override
    public String reference() {
        return DocumentRules.displayNumber(number, id);
    }

    @Override
    public DocumentState state() {
        return state;
    }

    @Override
    public void state(DocumentState to) {
        state = to;
    }

    @Override
    public Transitions<DocumentState> transitions() {
        return DocumentRules.STEPS;
    }
}
