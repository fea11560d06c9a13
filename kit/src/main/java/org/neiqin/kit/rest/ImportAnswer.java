package org.neiqin.kit.rest;

import java.util.List;

import org.neiqin.kit.imports.RecordImport;

/**
 * What a record import over REST answers: how the file was read ({@code format}), how many records it holds, the
 * first keys as read ({@code sample}) and every problem row by row ({@code row}, then {@code field}, {@code rule} and
 * {@code message} as every refused field is told); {@code imported} is how many were stored (0 on a dry run).
 */
public record ImportAnswer(boolean dryRun, boolean clean, int records, int imported, String format, List<String> sample,
        List<RecordImport.Problem> problems, int problemCount) {

    public static ImportAnswer of(RecordImport.Checked checked, boolean dryRun) {
        RecordImport.Report r = checked.report();
        return new ImportAnswer(dryRun, r.clean(), r.records(), dryRun ? 0 : r.records(), checked.format(), r.sample(),
                r.problems(), r.problemCount());
    }
}
