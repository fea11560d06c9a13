package org.neiqin.leads.internal.calls;

/** What came of a call. Labels are {@code enum.CallOutcome.<NAME>}. */
public enum CallOutcome {
    /** Spoke with them. */
    REACHED,
    /** Nobody answered: the clock is reset all the same, the call was made. */
    NO_ANSWER,
    /** They asked to be called back. */
    CALL_BACK,
    /** Information was sent (a brochure, the policy). */
    INFO_SENT,
    /** A visit or meeting was agreed. */
    MEETING
}
