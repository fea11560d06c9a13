package org.neiqin.invoicing.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.neiqin.kit.store.Row;
import org.neiqin.kit.store.Versioned;

/** A step of the collection ladder an unpaid invoice reached: what was mailed for it, and who did what it asks. */
@Entity
@Table(name = "INV_COLLECTION_STEP")
public class CollectionStepEntity implements Row, Versioned {
    /** How the step's mail stands. */
    public enum MailState {
        /** The step sends no mail (the overdue report), or there is nobody to send it to: done by hand. */
        NONE,
        /** To be sent by the next run of the ladder. */
        PENDING,
        /** Sent. */
        SENT,
        /** Not sent: the error is shown and the next run tries again. */
        FAILED
    }

    @Id
    Long id;
    @Version
    int version;
    long invoiceId;
    String invoiceNumber;
    long customerId;
    String customerName;
    String salesperson;
    @Enumerated(EnumType.STRING)
    Ladder.Step step;
    LocalDate dueDate;
    LocalDate reachedOn;
    String currency;
    /** What was left to pay of the invoice when the step was reached. */
    BigDecimal owed;
    @Enumerated(EnumType.STRING)
    MailState mailState;
    String mailTo;
    int mailTries;
    String mailError;
    Instant mailedAt;
    /** Who did what the step asks (system: mailed), and when; none while it waits. */
    String doneBy;
    Instant doneAt;
    /** The overdue report: why the customer has not paid, and the date they promised. */
    String reason;
    LocalDate promisedOn;
    String note;
    Instant createdAt;

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
        return invoiceNumber + " " + step;
    }
}
