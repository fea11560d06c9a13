package org.neiqin.logistics.internal;

import org.neiqin.kit.store.Transitions;

/**
 * Where a return stands: prepared → in review → accepted (a second person approved it; its quantities
 * are off what was delivered), a rejected review sends it back to prepared; a prepared return may be
 * cancelled.
 */
public enum ReturnState {
    PREPARED, IN_REVIEW, ACCEPTED, CANCELLED;

    /** The steps a return may take; every move goes through them ({@code Store.move}). */
    static final Transitions<ReturnState> STEPS = Transitions.of(ReturnState.class)
            .step(PREPARED, IN_REVIEW, CANCELLED)
            .step(IN_REVIEW, ACCEPTED, PREPARED);

    /** @return whether a return may go from this state to {@code next} */
    public boolean canGo(ReturnState next) {
        return STEPS.allows(this, next);
    }
}
