/**
 * Contracts and orders (合同/订单) as other modules see them: the ledger of orders and contracts
 * with their lines ({@link org.neiqin.api.contracts.ContractLedger}), the events they raise
 * ({@link org.neiqin.api.contracts.ContractEvents}), and the extension point through which
 * logistics and invoicing report what was delivered, invoiced and paid against each line
 * ({@link org.neiqin.api.contracts.FulfilmentSource}). The fulfilment schedule is computed from
 * those reports each time it is read, so it can never drift from the deliveries and invoices; the
 * value delivered per document, which statistics sum, is kept in the
 * {@link org.neiqin.api.contracts.FulfilmentLedger} by the sources in the transactions that deliver.
 *
 * @since 0.1
 */
@Version("0.7.0")
package org.neiqin.api.contracts;

import org.osgi.annotation.versioning.Version;
