package org.neiqin.api.contracts;

import java.math.BigDecimal;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What each {@link FulfilmentSource} delivered on each order or contract, in value, kept by the
 * contracts module so that its statistics sum it with the documents in one database query, by
 * period, salesperson, customer or region (as an ERP's order keeps what was delivered of it).
 *
 * <p>A source reports every change in the transaction that makes it (logistics: the goods of a
 * note leave, an accepted return brings some back), so the ledger never differs from the source's
 * own documents. When a source is first counted, the ledger is filled from its
 * {@link FulfilmentSource#deliveredValues deliveredValues}: installing it later, or upgrading to
 * this version, needs nothing else. Not guarded by the current user's permissions: a move that
 * delivers is already authorised by the source.
 *
 * @since 0.4
 */
@ProviderType
public interface FulfilmentLedger {
    /**
     * Adds {@code value} (negative: goods brought back) to what {@code source} delivered on the
     * document. Joins the caller's transaction; rolled back with it.
     *
     * @param source the source's {@link FulfilmentSource#name() name}
     * @param documentId the order or contract
     * @param value in the document's currency
     * @throws org.neiqin.api.error.NotFoundException if there is no such document
     */
    void delivered(String source, long documentId, BigDecimal value);
}
