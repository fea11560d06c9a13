package org.neiqin.leads.internal.offers;

import java.time.Instant;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.neiqin.kit.store.Recorded;
import org.neiqin.kit.store.Stateful;
import org.neiqin.kit.store.Transitions;

/** An investment offer (招商信息): what is offered, where, on which conditions; shown on the public page while published. */
@Entity
@Table(name = "LD_OFFER")
public class OfferEntity extends Recorded implements Stateful<OfferState> {
    public String code;
    @Enumerated(EnumType.STRING)
    public OfferState state;
    public String title;
    @Enumerated(EnumType.STRING)
    public OfferKind kind;
    public String region;
    public String products;
    public String conditions;
    public String policy;
    public Instant publishedAt;

    @Override
    public String reference() {
        return code;
    }

    @Override
    public OfferState state() {
        return state;
    }

    @Override
    public void state(OfferState to) {
        state = to;
    }

    @Override
    public Transitions<OfferState> transitions() {
        return OfferState.STEPS;
    }
}
