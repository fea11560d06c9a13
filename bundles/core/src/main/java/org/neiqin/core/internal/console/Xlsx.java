package org.neiqin.core.internal.console;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.neiqin.api.console.Cell;
import org.neiqin.api.console.Table;

/**
 * A table as an Excel workbook (.xlsx), the same rows as {@link Csv}, with typed cells: a plain
 * decimal number is a number, {@code 2026-12-03} a date, an ISO instant a date and time (UTC), and
 * everything else text — a code with leading zeros ({@code 00123}) stays text, and a text starting
 * with {@code = + - @} is stored as text, never run as a formula. Rows are written as they come
 * and flushed every thousand, so a large export does not hold the workbook in memory.
 */
public final class Xlsx {
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,10})?");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern INSTANT = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z");

    private Xlsx() {
    }

    public static void write(Table t, String sheet, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "Neiqin", "1.0");
        Worksheet ws = wb.newWorksheet(sheetName(sheet));
        for (int c = 0; c < t.columns().size(); c++) {
            ws.value(0, c, t.columns().get(c));
            ws.style(0, c).bold().set();
        }
        int r = 1;
        for (List<Cell> row : t.rows()) {
            for (int c = 0; c < row.size(); c++) {
                if (row.get(c).number() != null) {
                    // money and quantities as numbers a spreadsheet sums, shown with separators and their decimals
                    BigDecimal n = row.get(c).number();
                    ws.value(r, c, n);
                    ws.style(r, c).format("#,##0" + (n.scale() > 0 ? "." + "0".repeat(n.scale()) : "")).set();
                } else {
                    cell(ws, r, c, row.get(c).text());
                }
            }
            if (r % 1000 == 0) {
                ws.flush();
            }
            r++;
        }
        wb.finish();
    }

    private static void cell(Worksheet ws, int r, int c, String v) {
        if (v == null || v.isEmpty()) {
            return;
        }
        if (NUMBER.matcher(v).matches()) {
            ws.value(r, c, new BigDecimal(v));
            return;
        }
        try {
            if (DATE.matcher(v).matches()) {
                ws.value(r, c, LocalDate.parse(v));
                ws.style(r, c).format("yyyy-mm-dd").set();
                return;
            }
            if (INSTANT.matcher(v).matches()) {
                ws.value(r, c, LocalDateTime.ofInstant(Instant.parse(v), ZoneOffset.UTC));
                ws.style(r, c).format("yyyy-mm-dd hh:mm:ss").set();
                return;
            }
        } catch (DateTimeParseException notADate) {
            // 2026-13-45 and the like stay text
        }
        ws.value(r, c, v);
    }

    /** Excel's rules for a sheet's name: at most 31 characters, none of {@code []:*?/\}. */
    static String sheetName(String name) {
        String s = name == null || name.isBlank() ? "export" : name.replaceAll("[\\[\\]:*?/\\\\]", "_");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }
}
