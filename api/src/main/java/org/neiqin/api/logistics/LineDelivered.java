package org.neiqin.api.logistics;

import java.math.BigDecimal;

import org.neiqin.api.money.Money;

/**
 * What was delivered of one order or contract line.
 *
 * @param orderId the order or contract
 * @param lineId the line ({@link org.neiqin.api.contracts.ContractLine#id()})
 * @param shipped quantity on notes whose goods left
 * @param returned quantity brought back by accepted returns
 * @param delivered shipped less returned
 * @param value delivered quantity at the prices of the notes
 * @since 0.1
 */
public record LineDelivered(long orderId, long lineId, BigDecimal shipped, BigDecimal returned, BigDecimal delivered,
        Money value) {
}
