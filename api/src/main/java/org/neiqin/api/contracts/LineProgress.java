package org.neiqin.api.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.neiqin.api.money.Money;

/**
 * What one module knows about one contract line: a logistics module reports deliveries, an
 * invoicing module reports invoices and payments. A figure the module does not know is
 * {@code null}; figures of several sources for the same line are added up.
 *
 * @param documentId the order or contract
 * @param lineId the {@link ContractLine#id()}
 * @param delivered quantity delivered so far (in the line's unit), or {@code null}
 * @param invoiced amount invoiced so far, or {@code null}
 * @param paid amount paid so far, or {@code null}
 * @param lastActivity date of the latest delivery, invoice or payment reported, or {@code null}
 * @since 0.1
 */
public record LineProgress(long documentId, long lineId, BigDecimal delivered, Money invoiced, Money paid,
        LocalDate lastActivity) {
}
