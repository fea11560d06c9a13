package org.neiqin.crm.internal;

/**
 * An uploaded file as read: its report (how many customers it holds, its problems, the first names)
 * and how it was read ({@code xlsx} or the CSV's encoding).
 */
public record ImportCheck(CsvImport.Report report, String format) {
}
