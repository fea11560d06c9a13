package org.neiqin.expenses.internal.applications;

/** What a marketing activity is. Labels are {@code enum.ApplicationKind.<NAME>}. */
public enum ApplicationKind {
    EXHIBITION,
    PROMOTION,
    SAMPLES,
    ADVERTISING,
    OTHER
}
