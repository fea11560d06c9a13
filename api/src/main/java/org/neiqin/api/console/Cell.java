package org.neiqin.api.console;

/**
 * A table cell, optionally a link.
 *
 * @param text shown (escaped); {@code null} shows empty
 * @param href optional console link, see {@link Link#href()}
 * @since 0.1
 */
public record Cell(String text, String href) {
    public static Cell of(Object value) { return new Cell(value == null ? "" : String.valueOf(value), null); }

    public static Cell link(Object value, String href) { return new Cell(value == null ? "" : String.valueOf(value), href); }
}
