package org.neiqin.leads.internal.calls;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import org.neiqin.kit.store.Row;

/** A call or other follow-up on a lead, with what was learned: the market intelligence kept for the sales strategy. */
@Entity
@Table(name = "LD_CALL")
public class CallEntity implements Row {
    @Id
    public long id;
    public long leadId;
    public String leadCode;
    public String region;
    public Instant calledAt;
    public LocalDate calledOn;
    public String caller;
    @Enumerated(EnumType.STRING)
    public CallOutcome outcome;
    @Enumerated(EnumType.STRING)
    public Topic topic;
    public String learned;
    public String competitor;
    public LocalDate nextContactOn;

    @Override
    public void assignId(long id) {
        this.id = id;
    }
}
