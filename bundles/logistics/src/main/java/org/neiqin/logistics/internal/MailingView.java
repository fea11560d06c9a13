package org.neiqin.logistics.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Materials or samples sent out, as users read them. */
public record MailingView(long id, String code, int version, LineKind kind, String what, BigDecimal quantity,
        Long customer, String recipient, String address, MailMethod method, BigDecimal cost, String tracking,
        LocalDate sentOn, String checkedBy, Instant checkedAt, Instant createdAt, String createdBy) {
}
