package org.neiqin.leads.internal;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.neiqin.kit.store.Recorded;
import org.neiqin.kit.store.Stateful;
import org.neiqin.kit.store.Transitions;

/**
 * A lead: who asked about what, whose it is (or the public pool's), when they are to be called next, and what became
 * of it. The keys are the phone's digits, the e-mail in lower case and the company's name without spaces: a repeat
 * inquiry is found by them.
 */
@Entity
@Table(name = "LD_LEAD")
public class LeadEntity extends Recorded implements Stateful<LeadStage> {
    public String code;
    @Enumerated(EnumType.STRING)
    public LeadStage stage;
    public String company;
    public String companyKey;
    public String contact;
    public String phone;
    public String phoneKey;
    public String email;
    public String emailKey;
    public String region;
    public String product;
    public Long offerId;
    @Enumerated(EnumType.STRING)
    public LeadSource source;
    public String sourceDetail;
    public String message;
    public String owner;
    public Instant assignedAt;
    public String assignReason;
    public LocalDate nextContactOn;
    /** 0 on time, 1 the owner reminded, 2 the managers told (the follow-up clock's steps). */
    public int clockStep;
    public Instant firstResponseAt;
    /** Minutes from being given (or made) to the first call: the statistics add them up without reading each lead. */
    public Integer responseMinutes;
    public Instant lastContactAt;
    public Instant lastTouchAt;
    public int touches;
    public Instant pooledAt;
    public String poolReason;
    public Instant closedAt;
    /** Days from made to won or lost. */
    public Integer daysToClose;
    public String lostReason;
    public String competitor;
    public Long customerId;
    public String customerCode;

    @Override
    public String reference() {
        return code;
    }

    @Override
    public LeadStage state() {
        return stage;
    }

    @Override
    public void state(LeadStage to) {
        stage = to;
    }

    @Override
    public Transitions<LeadStage> transitions() {
        return LeadStage.STEPS;
    }
}
