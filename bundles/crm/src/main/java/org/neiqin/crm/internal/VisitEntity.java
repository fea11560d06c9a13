package org.neiqin.crm.internal;

import java.time.LocalDate;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.neiqin.kit.store.Recorded;

/** A planned or done visit or return call. */
@Entity
@Table(name = "CRM_VISIT")
public class VisitEntity extends Recorded {
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

    @Override
    public String reference() {
        return String.valueOf(id);
    }
}
