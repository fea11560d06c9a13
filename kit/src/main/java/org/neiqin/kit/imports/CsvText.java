package org.neiqin.kit.imports;

import java.util.ArrayList;
import java.util.List;

/** CSV text read into rows of cells: the one CSV reader of every import. */
public final class CsvText {
    private CsvText() {
    }

    /** An unterminated quoted cell; an {@link IllegalArgumentException} that also knows where. */
    public static final class Unterminated extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final int row;

        Unterminated(int line, int row) {
            super("unterminated quote: the quoted cell that starts on line " + line
                    + (row == line ? "" : " (row " + row + ")") + " is never closed");
            this.row = row;
        }

        /** @return the row the unclosed cell is in, counting from 1 */
        public int row() {
            return row;
        }
    }

    /**
     * Splits RFC 4180 text into rows of cells: comma separated, cells optionally in double quotes,
     * {@code ""} inside quotes is one quote, commas and line breaks inside quotes belong to the cell. Rows
     * end at {@code \n} or {@code \r\n}; a leading UTF-8 byte order mark and a final line break are
     * ignored. Lenient where the RFC is strict: a quote inside an unquoted cell, and text after a closing
     * quote, are kept as they are.
     *
     * @throws IllegalArgumentException for a quoted cell that is never closed, naming the line it starts on
     */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        if (text == null) {
            return rows;
        }
        int n = text.length();
        int i = n > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
        if (i >= n) {
            return rows;
        }
        int line = 1;
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        while (true) {
            // a cell starts here
            if (i < n && text.charAt(i) == '"') {
                int startLine = line;
                i++;
                while (true) {
                    if (i >= n) {
                        throw new Unterminated(startLine, rows.size() + 1);
                    }
                    char c = text.charAt(i++);
                    if (c == '"') {
                        if (i < n && text.charAt(i) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        cell.append(c);
                    }
                }
            }
            // the unquoted cell, or whatever follows a closing quote, up to the next comma or line break
            while (i < n) {
                char c = text.charAt(i);
                if (c == ',' || c == '\n' || (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n')) {
                    break;
                }
                cell.append(c);
                i++;
            }
            row.add(cell.toString());
            cell.setLength(0);
            if (i >= n) {
                rows.add(row);
                return rows;
            }
            if (text.charAt(i) == ',') {
                i++;
                continue;
            }
            i += text.charAt(i) == '\r' ? 2 : 1;
            line++;
            rows.add(row);
            row = new ArrayList<>();
            if (i >= n) {
                return rows; // the line break ended the last row: no empty row after it
            }
        }
    }
}
