package org.neiqin.crm.internal;

import java.time.LocalDate;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.neiqin.kit.store.Recorded;

/** A complaint or a piece of feedback and its handling. */
@Entity
@Table(name = "CRM_COMPLAINT")
public class ComplaintEntity extends Recorded {
    Long customerId;
    @Enumerated(EnumType.STRING)
    ComplaintData.Kind kind;
    LocalDate receivedOn;
    String description;
    String assignee;
    @Enumerated(EnumType.STRING)
    ComplaintData.Status status;
    String handling;
    String resolution;
    LocalDate closedOn;

    @Override
    public String reference() {
        return String.valueOf(id);
    }
}
