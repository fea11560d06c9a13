package org.neiqin.api.contracts;

import java.util.Collection;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered by a module that fulfils contract lines (logistics: deliveries; invoicing: invoices
 * and payments). The contracts module asks every registered source each time it shows a
 * fulfilment schedule or receivables, so those figures are always those of the documents that
 * exist. Statistics, which sum many documents at once, read the value delivered from the
 * {@link FulfilmentLedger}, which a source that delivers keeps in the same transactions.
 *
 * <p>Called as the reading user; a source answers from its own tables and must be quick (one
 * query for many documents).
 *
 * @since 0.1
 */
@ConsumerType
public interface FulfilmentSource {
    /** @return a short name shown with the figures, e.g. {@code logistics}. */
    String name();

    /** @return the progress of every line of these documents that the source knows of. */
    List<LineProgress> progress(Collection<Long> documentIds);

    /**
     * The value delivered on each order or contract whose id is from {@code fromDocument} to
     * {@code toDocument}, summed by the source in one query where its data lives. It fills the
     * {@link FulfilmentLedger} when the source is first counted (a module installed later, an
     * upgrade); from then on the source reports each change to the ledger. A document the source
     * delivered nothing on is left out; a source that delivers nothing (invoicing) answers nothing.
     *
     * @return document id → value delivered, in the document's currency
     * @since 0.3
     */
    default java.util.Map<Long, java.math.BigDecimal> deliveredValues(long fromDocument, long toDocument) {
        return java.util.Map.of();
    }
}
