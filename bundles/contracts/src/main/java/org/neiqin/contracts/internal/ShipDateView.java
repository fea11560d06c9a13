package org.neiqin.contracts.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of an order or contract in force as planning sees it: what was ordered, the delivery date promised to
 * the customer (the document's), and planning's answer when there is one. {@code daysLate} is how many days the
 * committed date is after the promised one (null when it is not later, or nothing was promised); {@code version} is
 * the answer's, null before the first chase or commitment.
 */
public record ShipDateView(long documentId, String documentNumber, String customerName, long lineKey, int lineNo,
        String product, BigDecimal quantity, String unit, LocalDate promised, LocalDate committedDate,
        BigDecimal stockOnHand, String productionOrder, String note, String committedBy, Instant committedAt, int chases,
        String chasedBy, Instant chasedAt, String toldBy, Instant toldAt, Long daysLate, Integer version) {

    /** @return whether planning committed a date later than the one promised and the customer is not yet told */
    public boolean lateUntold() {
        return daysLate != null && toldAt == null;
    }
}
