package org.neiqin.kit.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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
     * {@link #read(Reader, Consumer)} of text held in memory, every row collected.
     *
     * @throws IllegalArgumentException for a quoted cell that is never closed, naming the line it starts on
     */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        if (text == null) {
            return rows;
        }
        try {
            read(new StringReader(text), rows::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return rows;
    }

    /**
     * Splits RFC 4180 text into rows of cells as it reads, handing each row on when it ends, so a file
     * of any length is read in the memory of one row: comma separated, cells optionally in double
     * quotes, {@code ""} inside quotes is one quote, commas and line breaks inside quotes belong to
     * the cell. Rows end at {@code \n} or {@code \r\n}; a leading byte order mark and a final line
     * break are ignored. Lenient where the RFC is strict: a quote inside an unquoted cell, and text
     * after a closing quote, are kept as they are.
     *
     * @throws IllegalArgumentException ({@link Unterminated}) for a quoted cell that is never closed,
     *         naming the line it starts on; the rows before it have been handed on
     * @throws IOException when the reader fails (a byte that is not valid in the file's encoding)
     * @throws org.neiqin.api.error.ValidationException (field {@code file}) for a cell or a row larger than
     *         {@link ImportLimits} allow, before it is held
     */
    public static void read(Reader in, Consumer<List<String>> rows) throws IOException {
        Chars text = new Chars(in);
        if (text.peek() == '\uFEFF') {
            text.next();
        }
        if (text.peek() < 0) {
            return;
        }
        int line = 1;
        int row = 1;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        while (true) {
            // a cell starts here
            if (text.peek() == '"') {
                int startLine = line;
                text.next();
                while (true) {
                    int c = text.next();
                    if (c < 0) {
                        throw new Unterminated(startLine, row);
                    }
                    if (c == '"') {
                        if (text.peek() == '"') {
                            cell.append('"');
                            text.next();
                        } else {
                            break;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        append(cell, c, row);
                    }
                }
            }
            // the unquoted cell, or whatever follows a closing quote, up to the next comma or line break
            int c;
            while ((c = text.peek()) >= 0 && c != ',' && c != '\n') {
                text.next();
                if (c == '\r' && text.peek() == '\n') {
                    break;
                }
                append(cell, c, row);
            }
            if (cells.size() == ImportLimits.MAX_CELLS) {
                throw ImportLimits.tooWide(row);
            }
            cells.add(cell.toString());
            cell.setLength(0);
            c = text.next();
            if (c == ',') {
                continue;
            }
            // end of the row: a line break (its \r already taken), or the end of the text
            rows.accept(cells);
            if (c < 0 || text.peek() < 0) {
                return; // a line break that ends the last row leaves no empty row after it
            }
            cells = new ArrayList<>();
            line++;
            row++;
        }
    }

    /** A cell is never held longer than Excel allows, however long the text without a comma or a quote runs. */
    private static void append(StringBuilder cell, int c, int row) {
        if (cell.length() == ImportLimits.MAX_CELL_CHARS) {
            throw ImportLimits.tooLong(row);
        }
        cell.append((char) c);
    }

    /** A reader with one character of look-ahead. */
    private static final class Chars {
        private final Reader in;
        private final char[] buf = new char[8192];
        private int pos;
        private int end;

        Chars(Reader in) {
            this.in = in;
        }

        int peek() throws IOException {
            if (pos == end) {
                end = in.read(buf);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    return -1;
                }
            }
            return buf[pos];
        }

        int next() throws IOException {
            int c = peek();
            if (c >= 0) {
                pos++;
            }
            return c;
        }
    }
}
