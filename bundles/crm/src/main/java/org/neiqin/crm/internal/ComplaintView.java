package org.neiqin.crm.internal;

import java.time.LocalDate;

/** A complaint and its handling. */
public record ComplaintView(long id, int version, long customerId, String customerCode, String customerName,
        ComplaintData data, ComplaintData.Status status, String handling, String resolution, LocalDate closedOn) {
}
