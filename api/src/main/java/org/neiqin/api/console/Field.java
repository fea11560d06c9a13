package org.neiqin.api.console;

import java.util.List;

/**
 * A form field.
 *
 * @param name parameter name
 * @param label what the user reads
 * @param type how it is drawn
 * @param value current value
 * @param options choices of a {@link Type#SELECT}
 * @param required marks the field as required
 * @since 0.1
 */
public record Field(String name, String label, Type type, String value, List<Option> options, boolean required) {
    public Field {
        options = options == null ? List.of() : List.copyOf(options);
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

    /** How a field is drawn. */
    /** {@code FILE} (since 0.5): a file the user picks, read by {@link PageRequest#file(String)}. */
    public enum Type { TEXT, TEXTAREA, NUMBER, DATE, SELECT, HIDDEN, FILE }

    /**
     * A choice of a select field.
     *
     * @param value submitted value
     * @param label what the user reads
     */
    public record Option(String value, String label) {
    }
}
