package org.neiqin.crm.internal;

/**
 * A dry run of an uploaded file: its report (the customers it holds and every problem) and how it
 * was read ({@code xlsx} or the CSV's encoding).
 */
public record ImportCheck(CsvImport.Report report, String format) {
}
