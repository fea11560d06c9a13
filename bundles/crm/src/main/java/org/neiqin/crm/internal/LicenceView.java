package org.neiqin.crm.internal;

/** A licence; {@code daysLeft} is negative once it has expired, null without an expiry date. */
public record LicenceView(long id, long customerId, String customerCode, String customerName, LicenceData data,
        Long daysLeft) {
}
