package org.neiqin.logistics.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.neiqin.api.money.Money;

/** Materials or samples sent out, as users read them. */
public record MailingView(long id, String code, int version, LineKind kind, String what, BigDecimal quantity,
        Long customer, String recipient, String address, MailMethod method, Money cost, String tracking,
        LocalDate sentOn, String checkedBy, Instant checkedAt, Instant createdAt, String createdBy) {
}
