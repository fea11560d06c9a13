package org.neiqin.api.logistics;

import java.time.Instant;
import java.time.LocalDate;

import org.neiqin.api.money.Money;

/**
 * One delivery note (发货单) as other modules see it.
 *
 * @param id the note's id
 * @param number its number, e.g. {@code FH202612-0001}
 * @param orderId the order or contract it delivers against
 * @param orderNumber that document's number
 * @param customerId the customer
 * @param state where it is: {@code PREPARED}, {@code IN_REVIEW}, {@code CREDIT_HOLD}, {@code REVIEWED},
 *        {@code SHIPPED}, {@code IN_TRANSIT}, {@code DELIVERED}, {@code EXCEPTION} or {@code CANCELLED}
 * @param promisedOn the date promised to the customer, or {@code null}
 * @param shippedAt when the goods left, or {@code null}
 * @param deliveredAt when they arrived, or {@code null}
 * @param amount the value of its goods (samples and gifts carry none)
 * @param carrier the logistics company that carries it, or {@code null}
 * @param waybill the carrier's waybill number, or {@code null}
 * @since 0.1
 */
public record Delivery(long id, String number, long orderId, String orderNumber, long customerId, String state,
        LocalDate promisedOn, Instant shippedAt, Instant deliveredAt, Money amount, String carrier, String waybill) {
}
