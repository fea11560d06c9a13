package org.neiqin.kit.imports;

import java.util.List;

import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;

/**
 * The rows of an imported file, whatever the user uploaded: an Excel workbook ({@code .xlsx}, its
 * first sheet) or a CSV file in any encoding {@link ImportText} reads. Every import (customers today;
 * plans, budgets, price lists next) starts here, then checks the rows it got.
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
     * @throws ValidationException (field {@code file}) for a file that is neither a workbook nor readable text,
     *         or a CSV cell in quotes that never closes
     */
    public static Read read(byte[] file, String charset) {
        if (ImportText.isXlsx(file)) {
            return new Read(WorkbookRows.read(file), "xlsx");
        }
        if (ImportText.isXls(file)) {
            throw new ValidationException("file", "format", Text.of("import.file.xls",
                    "this is an old Excel workbook (.xls): save it as .xlsx, or as CSV"));
        }
        ImportText.Decoded text = ImportText.decode(file, charset);
        return new Read(CsvText.parse(text.text()), text.encoding());
    }
}
