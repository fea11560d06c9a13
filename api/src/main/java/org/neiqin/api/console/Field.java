package org.neiqin.api.console;

import java.util.List;
import java.util.Map;

/**
 * A form field.
 *
 * @param name parameter name
 * @param label what the user reads
 * @param type how it is drawn
 * @param value current value (of a {@link Type#LOOKUP}: the chosen record's key; of a {@link Type#GRID}: {@link #FIXED}
 *        when its rows are given and none is added or removed)
 * @param options choices of a {@link Type#SELECT}; of a {@link Type#LOOKUP}, the chosen record as the
 *        user reads it (one option, or none)
 * @param required marks the field as required
 * @param columns the cells of one row of a {@link Type#GRID} (since 0.8): each a field of its own
 *        type, label and rule; a row is sent as {@code name[i].column}
 * @param rows the rows a {@link Type#GRID} shows, each its cells' values by column name (since 0.8)
 * @param lookup the {@link Lookup} a {@link Type#LOOKUP} searches, by its name (since 0.8)
 * @since 0.1
 */
public record Field(String name, String label, Type type, String value, List<Option> options, boolean required,
        List<Field> columns, List<Map<String, String>> rows, String lookup) {
    /** The {@code value} of a grid whose rows are given ({@link #fixedGrid}). @since 0.9 */
    public static final String FIXED = "fixed";

    public Field {
        options = options == null ? List.of() : List.copyOf(options);
        columns = columns == null ? List.of() : List.copyOf(columns);
        rows = rows == null ? List.of() : rows.stream().map(m -> Map.copyOf(withoutNulls(m))).toList();
    }

    public Field(String name, String label, Type type, String value, List<Option> options, boolean required) {
        this(name, label, type, value, options, required, List.of(), List.of(), null);
    }

    public static Field text(String name, String label, String value) {
        return new Field(name, label, Type.TEXT, value, List.of(), false);
    }

    /** @since 0.5 a file to upload (the form is then sent as multipart/form-data) */
    public static Field file(String name, String label, boolean required) {
        return new Field(name, label, Type.FILE, "", List.of(), required);
    }

    public static Field hidden(String name, String value) {
        return new Field(name, name, Type.HIDDEN, value, List.of(), false);
    }

    public static Field select(String name, String label, String value, List<Option> options) {
        return new Field(name, label, Type.SELECT, value, options, false);
    }

    /**
     * Rows of cells entered together (the lines of an order): a row per entry, rows added and removed
     * in the browser, a total under each column marked {@code total}. Read back with the kit's
     * {@code Forms.bindRows}.
     *
     * @param columns one row's cells; a {@link Type#HIDDEN} cell keeps a row's key
     * @param rows the rows shown, each its values by column name; none shows one empty row
     * @param required at least one row
     * @since 0.8
     */
    public static Field grid(String name, String label, List<Field> columns, List<Map<String, String>> rows,
            boolean required) {
        return new Field(name, label, Type.GRID, null, List.of(), required, columns, rows, null);
    }

    /**
     * Rows given by what is already known (the lines of an order a delivery note takes from, the lines of a note
     * goods come back on), a cell or two of each entered: none is added or removed, {@link Type#SHOWN} cells say
     * what the row is, a {@link Type#HIDDEN} cell keeps its key. Read back with the kit's {@code Forms.bindRows}.
     *
     * @param rows the rows, each its cells' values by column name
     * @since 0.9
     */
    public static Field fixedGrid(String name, String label, List<Field> columns, List<Map<String, String>> rows) {
        return new Field(name, label, Type.GRID, FIXED, List.of(), false, columns, rows, null);
    }

    /** @return a cell of a grid shown to say what its row is, not entered nor sent back (since 0.9) */
    public static Field shown(String name, String label) {
        return new Field(name, label, Type.SHOWN, null, List.of(), false);
    }

    /** @return whether this is a grid of given rows ({@link #fixedGrid}) @since 0.9 */
    public boolean fixedRows() {
        return type == Type.GRID && FIXED.equals(value);
    }

    /**
     * A record chosen by searching its code or name (a customer among 100 000), never preselected: the
     * browser asks the {@link Lookup} named {@code lookup} as the user types, and sends the chosen
     * record's key.
     *
     * @param value the chosen record's key, or {@code null}
     * @param shown how the chosen record reads ({@code C00001 沈阳…}), or {@code null}
     * @since 0.8
     */
    public static Field lookup(String name, String label, String lookup, String value, String shown, boolean required) {
        return new Field(name, label, Type.LOOKUP, value, value == null || value.isEmpty() || shown == null ? List.of()
                : List.of(new Option(value, shown)), required, List.of(), List.of(), lookup);
    }

    private static Map<String, String> withoutNulls(Map<String, String> m) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        m.forEach((k, v) -> {
            if (k != null && v != null) {
                out.put(k, v);
            }
        });
        return out;
    }

    /**
     * How a field is drawn. {@code FILE} (since 0.5): a file the user picks, read by
     * {@link PageRequest#file(String)}; {@code GRID} and {@code LOOKUP} (since 0.8): see
     * {@link #grid} and {@link #lookup}; {@code SHOWN} (since 0.9): a grid's cell that is read, not entered
     * ({@link #shown}).
     */
    public enum Type { TEXT, TEXTAREA, NUMBER, DATE, SELECT, HIDDEN, FILE, GRID, LOOKUP, SHOWN }

    /**
     * A choice of a select field.
     *
     * @param value submitted value
     * @param label what the user reads
     * @param details of a {@link Lookup}'s choice (since 0.10): what choosing it fills into the cells of the same grid
     *        row, by column name; the record's {@code name} fills the column named as the lookup's column without
     *        its {@code Id} ({@code productId} chosen: {@code product} gets the product's name). Never {@code null}
     */
    public record Option(String value, String label, Map<String, String> details) {
        public Option {
            details = details == null ? Map.of() : Map.copyOf(withoutNulls(details));
        }

        public Option(String value, String label) {
            this(value, label, Map.of());
        }
    }
}
