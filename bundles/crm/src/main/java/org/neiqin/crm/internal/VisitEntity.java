package org.neiqin.crm.internal;

import java.time.LocalDate;

import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.neiqin.kit.store.Row;
import org.neiqin.kit.store.Stamped;
import org.neiqin.kit.store.Stamps;
import org.neiqin.kit.store.Versioned;

/** A planned or done visit or return call. */
@Entity
@Table(name = "CRM_VISIT")
public class VisitEntity implements Row, Versioned, Stamped {
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
        return String.valueOf(id);
    }

    @Override
    public Stamps stamps() {
        return stamps;
    }
}
