package org.neiqin.leads.internal;

import org.neiqin.kit.store.Transitions;

/**
 * A lead's way (new → contacted → qualified → negotiating → won or lost). A step may be skipped forward (a caller who
 * signs at once is won from contacted); won and lost are the end, lost with its reason. Labels are
 * {@code enum.LeadStage.<NAME>}.
 */
public enum LeadStage {
    NEW,
    CONTACTED,
    QUALIFIED,
    NEGOTIATING,
    WON,
    LOST;

    static final Transitions<LeadStage> STEPS = Transitions.of(LeadStage.class)
            .step(NEW, CONTACTED, QUALIFIED, NEGOTIATING, WON, LOST)
            .step(CONTACTED, QUALIFIED, NEGOTIATING, WON, LOST)
            .step(QUALIFIED, NEGOTIATING, WON, LOST)
            .step(NEGOTIATING, WON, LOST);

    /** @return whether the lead is still worked on (it counts against its owner's cap) */
    public boolean open() {
        return this != WON && this != LOST;
    }
}
