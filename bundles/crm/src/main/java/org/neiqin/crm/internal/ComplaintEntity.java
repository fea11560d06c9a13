package org.neiqin.crm.internal;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A complaint or a piece of feedback and its handling. */
@Entity
@Table(name = "CRM_COMPLAINT")
public class ComplaintEntity {
    @Id
    Long id;
    @Version
    int version;
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
    String createdBy;
    Instant createdAt;
}
