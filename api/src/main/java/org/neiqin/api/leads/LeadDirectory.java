package org.neiqin.api.leads;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The investment leads as other modules read them, with the caller's permission ({@code leads.read}; a salesperson
 * reads their own and the public pool's).
 *
 * @since 0.1
 */
@ProviderType
public interface LeadDirectory {
    /** @return the open leads (not won or lost) of {@code region}, at most 500, the longest waiting first */
    List<LeadSummary> openIn(String region);

    /** @return the leads that became the customer file {@code customerId} (one, unless it was merged by hand) */
    List<LeadSummary> ofCustomer(long customerId);

    /**
     * @return whether {@code region} already has a lead in negotiation or a won one (a dealer there): territory
     *         protection (区域保护) warns before another is taken on
     */
    boolean protectedRegion(String region);
}
