package org.neiqin.kit.imports;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;

/**
 * The first sheet of an {@code .xlsx} workbook as rows of cell texts, read as a stream (the sheet is
 * never held as a whole): texts as they are, numbers as plain decimals ({@code 150000}, not
 * {@code 1.5E5}), cells formatted as dates as {@code yyyy-mm-dd} (with the time when it has one),
 * true/false as such, empty cells as "". Every row has at least as many cells as the first one.
 */
public final class WorkbookRows {
    /** Excel's built-in date and time formats (the ids a workbook may name without a format string). */
    private static final Set<Integer> DATE_FORMATS = Set.of(14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31,
            32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58);

    private WorkbookRows() {
    }

    /** @throws ValidationException (field {@code file}) when the workbook cannot be read */
    public static List<List<String>> read(byte[] workbook) {
        List<List<String>> rows = new ArrayList<>();
        try {
            read(new ReadableWorkbook(new ByteArrayInputStream(workbook), OPTIONS), rows::add);
        } catch (IOException | RuntimeException e) {
            throw unreadable(e);
        }
        return rows;
    }

    /**
     * Hands on the first sheet's rows one by one as it reads them from the file; only the workbook's
     * table of shared texts is held while reading.
     *
     * @throws ValidationException (field {@code file}) when the workbook cannot be read, or unpacks to more than
     *         {@link ImportLimits} allow (checked before a row is read); the rows before a fault have been handed on
     */
    public static void read(File workbook, Consumer<List<String>> rows) {
        ImportLimits.checkUnpacked(workbook);
        try {
            read(new ReadableWorkbook(workbook, OPTIONS), rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationException v) {
                throw v;
            }
            throw unreadable(e);
        }
    }

    private static final ReadingOptions OPTIONS = new ReadingOptions(true, false);

    private static void read(ReadableWorkbook workbook, Consumer<List<String>> rows) throws IOException {
        int[] emitted = {0};
        int[] width = {-1};
        try (ReadableWorkbook wb = workbook; Stream<Row> sheet = wb.getFirstSheet().openStream()) {
            sheet.forEach(r -> {
                // rows the workbook leaves out (blank ones) keep their place, so row numbers match Excel's
                while (emitted[0] < r.getRowNum() - 1) {
                    rows.accept(padded(new ArrayList<>(), width));
                    emitted[0]++;
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < r.getCellCount(); i++) {
                    cells.add(text(r.getCell(i)));
                }
                rows.accept(padded(cells, width));
                emitted[0]++;
            });
        }
    }

    /** Every row has at least as many cells as the first one (the header): a workbook leaves trailing blanks out. */
    private static List<String> padded(List<String> cells, int[] width) {
        if (width[0] < 0) {
            width[0] = cells.size();
        }
        while (cells.size() < width[0]) {
            cells.add("");
        }
        return cells;
    }

    static ValidationException unreadable(Exception e) {
        return new ValidationException("file", "format", Text.of("import.workbook.unreadable",
                "the Excel workbook cannot be read ({0}); save it again as .xlsx, or as CSV", e.getMessage()));
    }

    static String text(Cell c) {
        if (c == null || c.getType() == null || c.getType() == CellType.EMPTY) {
            return "";
        }
        switch (c.getType()) {
            case NUMBER:
                if (isDate(c)) {
                    LocalDateTime t = c.asDate();
                    return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString();
                }
                BigDecimal n = c.asNumber();
                return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
            case BOOLEAN:
                return String.valueOf(c.asBoolean());
            default:
                String s = c.getText();
                return s == null ? "" : s;
        }
    }

    private static boolean isDate(Cell c) {
        Integer id = c.getDataFormatId();
        if (id != null && DATE_FORMATS.contains(id)) {
            return true;
        }
        String f = c.getDataFormatString();
        if (f == null) {
            return false;
        }
        // a custom format is a date when, outside quoted text and [colour] sections, it names years or days
        String bare = f.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").toLowerCase(java.util.Locale.ROOT);
        return bare.contains("y") || bare.contains("d");
    }
}
