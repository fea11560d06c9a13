package org.neiqin.api.leads;

import java.time.LocalDate;

/**
 * A lead as other modules list it.
 *
 * @param id internal id
 * @param code the lead's number (e.g. {@code XS2026-00042})
 * @param company the company that asked
 * @param region the region it asked about, or {@code null}
 * @param stage {@code NEW}, {@code CONTACTED}, {@code QUALIFIED}, {@code NEGOTIATING}, {@code WON} or {@code LOST}
 * @param owner the salesperson's login, or {@code null} while it is in the public pool
 * @param nextContactOn when the owner is to call next, or {@code null}
 * @param customerId the customer file it became, or {@code null}
 * @since 0.1
 */
public record LeadSummary(long id, String code, String company, String region, String stage, String owner,
        LocalDate nextContactOn, Long customerId) {
}
