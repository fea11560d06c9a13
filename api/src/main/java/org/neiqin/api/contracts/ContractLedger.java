package org.neiqin.api.contracts;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The order and contract ledger (合同台账), for the modules that ship and bill against it. Calls
 * are authorised as the current actor, who needs the permission {@code contracts.read}.
 *
 * @since 0.1
 */
@ProviderType
public interface ContractLedger {
    /** @return the document with this id, if any. */
    Optional<ContractDocument> find(long id);

    /** @return the document with this company number, if any. */
    Optional<ContractDocument> findByNumber(String number);

    /** @return the customer's orders and contracts (not quotations), newest first, at most {@code limit}. */
    List<ContractDocument> byCustomer(long customerId, int limit);

    /**
     * @return the fulfilment schedule, computed now from what the {@link FulfilmentSource}s report
     * @throws org.neiqin.api.error.NotFoundException if there is no such document
     */
    FulfilmentSchedule schedule(long id);
}
