package org.neiqin.logistics.internal;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

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

    /** The states of a note whose goods have left (they count as delivered). */
    static final Set<NoteState> LEFT = Collections.unmodifiableSet(EnumSet.of(SHIPPED, IN_TRANSIT, DELIVERED, EXCEPTION));
    /** The states of a note whose goods have not left yet (and may be late). */
    static final Set<NoteState> WAITING = Collections.unmodifiableSet(EnumSet.of(PREPARED, IN_REVIEW, CREDIT_HOLD,
            REVIEWED));
    /** The states of a note not yet delivered nor cancelled: waiting, or on its way. */
    static final Set<NoteState> UNDELIVERED = Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(DELIVERED,
            CANCELLED)));

    /** @return whether the goods of a note in this state have left (they count as delivered) */
    public boolean hasLeft() {
        return LEFT.contains(this);
    }

    /** @return whether the note still holds its quantities of the order's lines */
    public boolean holdsQuantities() {
        return this != CANCELLED;
    }
}
