package org.neiqin.contracts.internal;

import java.util.List;
import java.util.Map;

import org.neiqin.kit.form.Forms;

/**
 * Lines as a revision's history keeps them: one line per row, cells separated by {@code |} —
 * {@code [key |] product | spec | quantity | unit | unit price | weight}.
 */
public final class Lines {
    static final String[] CELLS = {"product", "spec", "quantity", "unit", "unitPrice", "weight"};

    private Lines() {
    }

    /** @return the text the history keeps for {@code lines}, keys first. */
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
