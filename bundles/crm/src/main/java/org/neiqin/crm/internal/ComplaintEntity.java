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

/** A complaint or a piece of feedback and its handling. */
@Entity
@Table(name = "CRM_COMPLAINT")
public class ComplaintEntity implements Row, Versioned, Stamped {
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
