package org.neiqin.leads.internal;

import java.time.Instant;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import org.neiqin.kit.store.Row;

/** An inquiry on a lead: the first that made it, and each repeat after (a touch, not a second lead). */
@Entity
@Table(name = "LD_TOUCH")
public class TouchEntity implements Row {
    @Id
    public long id;
    public long leadId;
    public Instant touchedAt;
    @Enumerated(EnumType.STRING)
    public LeadSource source;
    public String sourceDetail;
    public Long submissionId;
    public String message;
    public String enteredBy;

    @Override
    public void assignId(long id) {
        this.id = id;
    }
}
