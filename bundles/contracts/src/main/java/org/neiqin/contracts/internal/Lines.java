package org.neiqin.contracts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.kit.form.Forms;

/**
 * Lines as the console edits them: one line per row, cells separated by {@code |} —
 * {@code [key |] product | spec | quantity | unit | unit price | weight}. The key (first cell of
 * seven) keeps a line of the document in force attached to its deliveries and invoices.
 */
public final class Lines {
    static final String[] CELLS = {"product", "spec", "quantity", "unit", "unitPrice", "weight"};

    private Lines() {
    }

    /** @return the lines of {@code text}; a row that cannot be read is reported as {@code lines} with its row number. */
    public static List<LineData> parse(String text, List<FieldError> errors) {
        List<LineData> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String[] rows = text.split("\\R");
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].trim();
            if (row.isEmpty()) {
                continue;
            }
            String[] cells = row.split("\\|", -1);
            if (cells.length != 6 && cells.length != 7) {
                errors.add(new FieldError("lines", "format", Text.of("contracts.row.cells",
                        "row {0} has {1} cells; write product | spec | quantity | unit | unit price | weight", i + 1,
                        cells.length)));
                continue;
            }
            int offset = cells.length == 7 ? 1 : 0;
            String key = offset == 1 ? cells[0].trim() : "";
            List<FieldError> rowErrors = new ArrayList<>();
            LineData line = Forms.bind(LineData.class, name -> name.equals("key") ? key
                    : cells[offset + indexOf(name)].trim(), rowErrors);
            for (FieldError e : rowErrors) {
                // the rule's own text as argument, so that it can be translated as well
                errors.add(new FieldError("lines", e.rule(), Text.of("contracts.row.error", "row {0}: {1}", i + 1,
                        e.text())));
            }
            out.add(line);
        }
        return out;
    }

    private static int indexOf(String name) {
        for (int i = 0; i < CELLS.length; i++) {
            if (CELLS[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** @return the text the console shows for {@code lines}, keys first. */
    public static String format(List<LineData> lines) {
        StringBuilder sb = new StringBuilder();
        for (LineData l : lines) {
            Map<String, String> v = Forms.strings(l);
            if (l.key() != null) {
                sb.append(v.get("key")).append(" | ");
            }
            for (int i = 0; i < CELLS.length; i++) {
                sb.append(v.get(CELLS[i])).append(i < CELLS.length - 1 ? " | " : "\n");
            }
        }
        return sb.toString();
    }
}
