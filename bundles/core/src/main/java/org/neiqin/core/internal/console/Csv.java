package org.neiqin.core.internal.console;

import java.util.List;

import org.neiqin.api.console.Cell;
import org.neiqin.api.console.Table;

/** CSV of a table (RFC 4180, UTF-8 with BOM so that spreadsheet programs read Chinese correctly). */
public final class Csv {
    private Csv() {
    }

    public static String of(Table t) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        line(sb, t.columns());
        for (List<Cell> row : t.rows()) {
            // amounts as plain numbers (no separators, no currency), so a spreadsheet reads them as numbers
            line(sb, row.stream().map(c -> c.number() == null ? c.text() : c.number().toPlainString()).toList());
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(field(values.get(i)));
        }
        sb.append("\r\n");
    }

    /** Quotes where needed, and defuses values a spreadsheet would run as a formula ({@link org.neiqin.api.console.Csv}). */
    static String field(String v) {
        return org.neiqin.api.console.Csv.cell(v);
    }
}
