package org.neiqin.crm.internal;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A planned or done visit or return call. */
@Entity
@Table(name = "CRM_VISIT")
public class VisitEntity {
    @Id
    Long id;
    @Version
    int version;
    Long customerId;
    @Enumerated(EnumType.STRING)
    VisitData.Kind kind;
    LocalDate plannedOn;
    String goal;
    String expectedQuestions;
    String salesperson;
    LocalDate doneOn;
    String outcome;
    String nextStep;
    String createdBy;
    Instant createdAt;
}
