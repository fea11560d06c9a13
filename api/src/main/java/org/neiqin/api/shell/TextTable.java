package org.neiqin.api.shell;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table for a terminal, padded by display width: a Chinese, Japanese or Korean character (and a
 * full-width form) takes two columns, a combining mark none, so columns stay aligned whatever
 * language the cells are in (Karaf's {@code ShellTable} counts characters). Drawn the way Karaf's
 * own commands draw theirs: headers, a rule, cells separated by {@code " | "}.
 *
 * @since 0.2
 */
public final class TextTable {
    private final List<String> headers;
    private final List<String[]> rows = new ArrayList<>();

    public TextTable(String... headers) {
        this.headers = List.of(headers);
    }

    /** Adds a row; a null cell is empty; missing cells at the end are empty. */
    public TextTable row(Object... cells) {
        if (cells.length > headers.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + headers.size() + " columns");
        }
        String[] r = new String[headers.size()];
        Arrays.fill(r, "");
        for (int i = 0; i < cells.length; i++) {
            r[i] = cells[i] == null ? "" : oneLine(String.valueOf(cells[i]));
        }
        rows.add(r);
        return this;
    }

    public void print(PrintStream out) {
        out.print(toString());
        out.flush();
    }

    @Override
    public String toString() {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(headers.get(i));
            for (String[] r : rows) {
                widths[i] = Math.max(widths[i], width(r[i]));
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, headers.toArray(new String[0]), widths);
        for (int i = 0; i < widths.length; i++) {
            sb.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
        }
        sb.append('\n');
        for (String[] r : rows) {
            line(sb, r, widths);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String[] cells, int[] widths) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            l.append(i == 0 ? "" : " | ").append(cells[i]).append(" ".repeat(widths[i] - width(cells[i])));
        }
        sb.append(l.toString().stripTrailing()).append('\n');
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\t]+", " ");
    }

    /** @return the number of terminal columns the text takes. */
    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            w += width(cp);
        }
        return w;
    }

    static int width(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || cp == 0x200B) {
            return 0;
        }
        return wide(cp) ? 2 : 1;
    }

    /** East Asian Wide and Fullwidth ranges (Unicode's EastAsianWidth W and F, in blocks). */
    private static boolean wide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F          // Hangul Jamo initials
                || cp >= 0x2E80 && cp <= 0x303E      // CJK radicals, Kangxi, ideographic description, CJK symbols
                || cp >= 0x3041 && cp <= 0x33FF      // Hiragana, Katakana, Bopomofo, Hangul compatibility, CJK compatibility
                || cp >= 0x3400 && cp <= 0x4DBF      // CJK extension A
                || cp >= 0x4E00 && cp <= 0x9FFF      // CJK unified ideographs
                || cp >= 0xA000 && cp <= 0xA4CF      // Yi
                || cp >= 0xAC00 && cp <= 0xD7A3      // Hangul syllables
                || cp >= 0xF900 && cp <= 0xFAFF      // CJK compatibility ideographs
                || cp >= 0xFE30 && cp <= 0xFE4F      // CJK compatibility forms
                || cp >= 0xFF00 && cp <= 0xFF60      // full-width forms
                || cp >= 0xFFE0 && cp <= 0xFFE6
                || cp >= 0x1F300 && cp <= 0x1F64F    // pictographs, emoticons
                || cp >= 0x1F900 && cp <= 0x1F9FF
                || cp >= 0x20000 && cp <= 0x3FFFD;   // CJK extensions B and beyond
    }
}
