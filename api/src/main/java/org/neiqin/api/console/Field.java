package org.neiqin.api.console;

import java.util.List;
import java.util.Map;

/**
 * A form field.
 *
 * @param name parameter name
 * @param label what the user reads
 * @param type how it is drawn
 * @param value current value (of a {@link Type#LOOKUP}: the chosen record's key)
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
     * {@link #grid} and {@link #lookup}.
     */
    public enum Type { TEXT, TEXTAREA, NUMBER, DATE, SELECT, HIDDEN, FILE, GRID, LOOKUP }

    /**
     * A choice of a select field.
     *
     * @param value submitted value
     * @param label what the user reads
     */
    public record Option(String value, String label) {
    }
}
