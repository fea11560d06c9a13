package org.neiqin.api.contracts;

import java.time.LocalDate;
import java.util.List;

import org.neiqin.api.error.Text;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The legality of a sale (销售合法性) as contracts judges it: which licences a customer must hold on file, valid on the
 * day, to be sold which products — each catalogue product's own licences (with {@code neiqin-catalog}), else the
 * company's {@code licenceGates} over product names ({@code etc/org.neiqin.contracts.cfg}). Contracts asks it when an
 * order or contract of sale is submitted and takes effect; logistics asks it again on the days goods are reviewed and
 * released, since a licence can expire between the order and the delivery.
 *
 * @since 0.6
 */
@ProviderType
public interface SaleLegality {
    /**
     * @param customerId the buyer
     * @param lines the lines sold (of an order or contract, or those a delivery note takes goods from)
     * @param day the day the sale or release happens
     * @return one sentence per product and licence the customer lacks that day, in the reader's words; empty when the
     *         sale is legal
     */
    List<Text> problems(long customerId, List<ContractLine> lines, LocalDate day);
}
