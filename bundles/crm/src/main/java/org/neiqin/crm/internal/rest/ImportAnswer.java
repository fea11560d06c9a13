package org.neiqin.crm.internal.rest;

import java.util.List;

import org.neiqin.crm.internal.CsvImport;
import org.neiqin.crm.internal.ImportCheck;

/**
 * What an import answers: how the file was read ({@code format}), how many customers it holds, the first names as
 * read ({@code sample}) and every problem row by row ({@code row}, then {@code field}, {@code rule} and
 * {@code message} as every refused field is told); {@code imported} is how many were stored (0 on a dry run).
 */
public record ImportAnswer(boolean dryRun, boolean clean, int customers, int imported, String format, List<String> sample,
        List<CsvImport.Problem> problems, int problemCount) {

    static ImportAnswer of(ImportCheck checked, boolean dryRun) {
        CsvImport.Report r = checked.report();
        return new ImportAnswer(dryRun, r.clean(), r.customers(), dryRun ? 0 : r.customers(), checked.format(),
                r.sample(), r.problems(), r.problemCount());
    }
}
