package org.neiqin.logistics.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.neiqin.api.money.Money;

/**
 * A logistics company as users read it, with how it performed on the notes it carried: how many
 * shipments, how many arrived, the share that arrived by the expected day, the average delay of
 * those late (days), how many had a problem, and the freight paid.
 */
public record CarrierView(long id, int version, String name, String contact, String phone, String agreement,
        String rates, LocalDate validFrom, LocalDate validTo, boolean usableToday, String screenedBy,
        Instant screenedAt, String screeningNote, long shipments, long delivered, BigDecimal onTimePercent,
        BigDecimal averageDelayDays, long exceptions, Money freight, Instant createdAt, String createdBy) {
}
