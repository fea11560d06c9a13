package org.neiqin.kit.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of an imported file held in memory, whatever the user uploaded: an Excel workbook
 * ({@code .xlsx}, its first sheet) or a CSV file in any encoding {@link ImportText} reads. For a file
 * of any size, read it as it streams with {@link ImportFile#rows}; this is that, collected, for small
 * files and tests.
 */
public final class ImportRows {
    /**
     * @param rows the cells, row by row, the header first
     * @param format how the file was read: {@code xlsx}, or the CSV's encoding ({@code UTF-8}, {@code GB18030} ...)
     */
    public record Read(List<List<String>> rows, String format) {
    }

    private ImportRows() {
    }

    /**
     * @param charset the CSV's character set when the user names it, else null
     * @throws org.neiqin.api.error.ValidationException (field {@code file}) for a file that is neither a
     *         workbook nor readable text
     * @throws CsvText.Unterminated for a CSV cell in quotes that never closes
     */
    public static Read read(byte[] file, String charset) {
        List<List<String>> rows = new ArrayList<>();
        try (ImportFile f = ImportFile.of(file)) {
            String format = f.rows(charset, rows::add);
            return new Read(rows, format);
        }
    }
}
