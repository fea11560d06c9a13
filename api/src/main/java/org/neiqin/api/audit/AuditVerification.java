package org.neiqin.api.audit;

import java.util.List;

/**
 * The result of re-computing every hash chain.
 *
 * @param entriesChecked entries read
 * @param chainsChecked chains read
 * @param problems one line per broken link (chain, position, what is wrong); empty when intact
 * @since 0.1
 */
public record AuditVerification(long entriesChecked, int chainsChecked, List<String> problems) {
    public boolean intact() { return problems.isEmpty(); }
}
