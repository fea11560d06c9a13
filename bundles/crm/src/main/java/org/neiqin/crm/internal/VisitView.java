package org.neiqin.crm.internal;

/** A visit with what came of it; overdue when planned for a past day and not reported. */
public record VisitView(long id, int version, long customerId, String customerCode, String customerName,
        VisitData plan, VisitReport report, boolean overdue) {
}
