package org.neiqin.catalog.internal.prices;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.neiqin.kit.store.Recorded;
import org.neiqin.kit.store.Stateful;
import org.neiqin.kit.store.Transitions;

/** One version of a price list: its number in the list, the day it takes effect, its state. */
@Entity
@Table(name = "CAT_PRICE_VERSION")
public class PriceVersionEntity extends Recorded implements Stateful<PriceVersionState> {
    Long listId;
    @Column(name = "VERSION_NO")
    int number;
    LocalDate effectiveFrom;
    String note;
    @Enumerated(EnumType.STRING)
    PriceVersionState state;
    /** The list's code, kept for the version's reference in histories and reviews. */
    String listCode;

    @Override
    public String reference() {
        return listCode + " v" + number;
    }

    @Override
    public PriceVersionState state() {
        return state;
    }

    @Override
    public void state(PriceVersionState to) {
        state = to;
    }

    @Override
    public Transitions<PriceVersionState> transitions() {
        return PriceVersionState.STEPS;
    }
}
