package org.neiqin.api.crm;

/**
 * A customer as other modules list it.
 *
 * @param id internal id
 * @param code the customer number (e.g. {@code C00042})
 * @param fullName registered full name
 * @param shortName short name
 * @param lifecycle prospective, new, existing, dormant
 * @param nature kind of party
 * @param grade volume grade
 * @param region sales region
 * @param route visit/delivery route within the region
 * @param salesperson user name of the responsible salesperson
 * @param archived archived files are kept but no longer offered for new documents
 * @since 0.1
 */
public record CustomerSummary(long id, String code, String fullName, String shortName, Lifecycle lifecycle,
        Nature nature, Grade grade, String region, String route, String salesperson, boolean archived) {
}
