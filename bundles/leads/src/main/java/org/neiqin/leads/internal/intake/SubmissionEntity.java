package org.neiqin.leads.internal.intake;

import java.time.Instant;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import org.neiqin.kit.store.Row;

/**
 * A public submission as it came in, kept apart from the leads: what the form said, from which address, and whether it
 * made a lead or a touch on one.
 */
@Entity
@Table(name = "LD_SUBMISSION")
public class SubmissionEntity implements Row {
    public enum Outcome { LEAD, TOUCH }

    @Id
    public long id;
    public Instant receivedAt;
    public String address;
    public String company;
    public String contact;
    public String phone;
    public String email;
    public String region;
    public String product;
    public Long offerId;
    public String message;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    public Long leadId;

    @Override
    public void assignId(long id) {
        this.id = id;
    }
}
