package org.neiqin.crm.internal;

/** How many follow-ups wait: overdue visits, open complaints, licences expiring within {@code days}. */
public record FollowUpCounts(long overdueVisits, long openComplaints, long expiringLicences) {
}
