package org.neiqin.api.leads;

/**
 * The topics the investment leads module publishes on EventAdmin once the transaction that did the thing commits, with
 * {@link org.neiqin.api.event.NeiqinEvents#ACTOR} and {@code id}, {@code code}, {@code region}, {@code source} and the
 * properties named here.
 *
 * @since 0.1
 */
public final class LeadsEvents {
    /** A lead was made: from a public submission, or entered by hand. */
    public static final String CREATED = "org/neiqin/leads/lead/CREATED";
    /** A lead was given to a salesperson ({@code owner}, {@code reason}), or put in the public pool ({@code owner} absent). */
    public static final String ASSIGNED = "org/neiqin/leads/lead/ASSIGNED";
    /** A lead moved to another stage ({@code from}, {@code to}). */
    public static final String STAGE_CHANGED = "org/neiqin/leads/lead/STAGE_CHANGED";
    /** A lead was won ({@code owner}). */
    public static final String WON = "org/neiqin/leads/lead/WON";
    /** A lead was lost ({@code reason}, {@code competitor} when named). */
    public static final String LOST = "org/neiqin/leads/lead/LOST";
    /** A won lead became a customer file ({@code customerId}, {@code customerCode}). */
    public static final String CONVERTED = "org/neiqin/leads/lead/CONVERTED";

    private LeadsEvents() {
    }
}
