package org.neiqin.logistics.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a return stands: prepared → in review → accepted (a second person approved it; its quantities
 * are off what was delivered), a rejected review sends it back to prepared; a prepared return may be
 * cancelled.
 */
public enum ReturnState {
    PREPARED, IN_REVIEW, ACCEPTED, CANCELLED;

    private static final Map<ReturnState, Set<ReturnState>> NEXT = Map.of(
            PREPARED, EnumSet.of(IN_REVIEW, CANCELLED),
            IN_REVIEW, EnumSet.of(ACCEPTED, PREPARED),
            ACCEPTED, EnumSet.noneOf(ReturnState.class),
            CANCELLED, EnumSet.noneOf(ReturnState.class));

    /** @return whether a return may go from this state to {@code next} */
    public boolean canGo(ReturnState next) {
        return NEXT.get(this).contains(next);
    }
}
