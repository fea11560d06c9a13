package org.neiqin.logistics.internal;

import org.neiqin.kit.store.Transitions;

/**
 * Where a delivery note is (货物跟踪): prepared → in review → reviewed → shipped → in transit →
 * delivered, or exception (with a reason); only along these steps. A rejected review sends the note
 * back to prepared; a prepared note may be cancelled, and a reviewed one withdrawn by a manager with a
 * reason, which gives its quantities back to the order.
 * A credit customer over the limit at release waits in credit hold for a manager's approval.
 */
public enum NoteState {
    PREPARED, IN_REVIEW, CREDIT_HOLD, REVIEWED, SHIPPED, IN_TRANSIT, DELIVERED, EXCEPTION, CANCELLED;

    /** The steps a note may take; every move goes through them ({@code Store.move}). */
    static final Transitions<NoteState> STEPS = Transitions.of(NoteState.class)
            .step(PREPARED, IN_REVIEW, CANCELLED)
            .step(IN_REVIEW, REVIEWED, CREDIT_HOLD, PREPARED)
            .step(CREDIT_HOLD, REVIEWED, PREPARED)
            .step(REVIEWED, SHIPPED, CANCELLED)
            .step(SHIPPED, IN_TRANSIT, DELIVERED, EXCEPTION)
            .step(IN_TRANSIT, DELIVERED, EXCEPTION)
            .step(EXCEPTION, IN_TRANSIT, DELIVERED);

    /** @return whether a note may go from this state to {@code next} */
    public boolean canGo(NoteState next) {
        return STEPS.allows(this, next);
    }

    /** @return whether the goods of a note in this state have left (they count as delivered) */
    public boolean hasLeft() {
        return this == SHIPPED || this == IN_TRANSIT || this == DELIVERED || this == EXCEPTION;
    }

    /** @return whether the note still holds its quantities of the order's lines */
    public boolean holdsQuantities() {
        return this != CANCELLED;
    }
}
