package org.neiqin.logistics.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a delivery note is (货物跟踪): prepared → in review → reviewed → shipped → in transit →
 * delivered, or exception (with a reason); only along these steps. A rejected review sends the note
 * back to prepared; a prepared note may be cancelled, which gives its quantities back to the order.
 * A credit customer over the limit at release waits in credit hold for a manager's approval.
 */
public enum NoteState {
    PREPARED, IN_REVIEW, CREDIT_HOLD, REVIEWED, SHIPPED, IN_TRANSIT, DELIVERED, EXCEPTION, CANCELLED;

    private static final Map<NoteState, Set<NoteState>> NEXT = Map.of(
            PREPARED, EnumSet.of(IN_REVIEW, CANCELLED),
            IN_REVIEW, EnumSet.of(REVIEWED, CREDIT_HOLD, PREPARED),
            CREDIT_HOLD, EnumSet.of(REVIEWED, PREPARED),
            REVIEWED, EnumSet.of(SHIPPED),
            SHIPPED, EnumSet.of(IN_TRANSIT, DELIVERED, EXCEPTION),
            IN_TRANSIT, EnumSet.of(DELIVERED, EXCEPTION),
            EXCEPTION, EnumSet.of(IN_TRANSIT, DELIVERED),
            DELIVERED, EnumSet.noneOf(NoteState.class),
            CANCELLED, EnumSet.noneOf(NoteState.class));

    /** @return whether a note may go from this state to {@code next} */
    public boolean canGo(NoteState next) {
        return NEXT.get(this).contains(next);
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
