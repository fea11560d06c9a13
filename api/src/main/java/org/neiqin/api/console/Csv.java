package org.neiqin.api.console;

/**
 * How every Neiqin CSV file writes a cell, whoever writes it (the console's exports, a module's
 * import template): RFC 4180 quoting, and a value that a spreadsheet would run as a formula
 * ({@code = + - @}, a tab or a line break first, unless it is a number) written after an apostrophe,
 * so that opening an export cannot run what a user typed into a card.
 *
 * @since 0.4
 */
public final class Csv {
    private Csv() {
    }

    /** @return {@code value} as one CSV cell; "" for null */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r\n".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9.,]+")) {
            v = "'" + v;
        }
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || v.startsWith(" ") || v.endsWith(" ");
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
