package org.neiqin.api.contracts;

import java.util.Collection;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered by a module that fulfils contract lines (logistics: deliveries; invoicing: invoices
 * and payments). The contracts module asks every registered source each time it shows a
 * fulfilment schedule, statistics or receivables, so its figures are always those of the
 * documents that exist — never a copy that could drift.
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
     * {@code toDocument}, summed by the source in one query where its data lives (statistics add it
     * up by period and group; no schedule is built per document). A document the source delivered
     * nothing on is left out; a source that delivers nothing (invoicing) answers nothing.
     *
     * @return document id → value delivered, in the document's currency
     * @since 0.3
     */
    default java.util.Map<Long, java.math.BigDecimal> deliveredValues(long fromDocument, long toDocument) {
        return java.util.Map.of();
    }
}
