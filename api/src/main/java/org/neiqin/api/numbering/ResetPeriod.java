package org.neiqin.api.numbering;

/**
 * When a document counter starts again at 1.
 *
 * @since 0.1
 */
public enum ResetPeriod {
    /** One counter forever. */
    NEVER,
    /** A counter per calendar year of the document date. */
    YEARLY,
    /** A counter per calendar month of the document date. */
    MONTHLY
}
