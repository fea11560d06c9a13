package org.neiqin.expenses.internal.advances;

/**
 * A trip advance (for one trip, settled by that trip's claims) or the back office's monthly float (brochures, business
 * cards, courier costs; settled at the month's end). Labels are {@code enum.AdvanceKind.<NAME>}.
 */
public enum AdvanceKind {
    TRIP,
    FLOAT
}
