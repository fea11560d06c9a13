package org.neiqin.kit.form;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.Field;
import org.neiqin.api.console.PageRequest;

/** Field and choice labels of the customer pages, from the bundle's messages. */
public final class Labels {
    private Labels() {
    }

    public static String field(PageRequest r, String name) {
        return r.msg("field." + name);
    }

    public static String choice(PageRequest r, Enum<?> value) {
        return value == null ? "" : r.msg("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    public static List<Field.Option> options(PageRequest r, Class<?> enumType, boolean withBlank) {
        List<Field.Option> out = new ArrayList<>();
        if (withBlank) {
            out.add(new Field.Option("", r.msg("filter.any")));
        }
        for (Object c : enumType.getEnumConstants()) {
            out.add(new Field.Option(((Enum<?>) c).name(), choice(r, (Enum<?>) c)));
        }
        return out;
    }

    /** @return a form field for a record component, drawn as its {@link Spec} says. */
    public static Field input(PageRequest r, RecordComponent c, String value) {
        return input(r, c, value, null);
    }

    /**
     * @param currency the currency the form's amounts are in (the record's, or the company's for a new one): an
     *        amount's label says it ({@code Credit limit (CNY)}); {@code null} for none
     * @return a form field for a record component, drawn as its {@link Spec} says
     * @since 0.5
     */
    public static Field input(PageRequest r, RecordComponent c, String value, String currency) {
        Spec spec = c.getAnnotation(Spec.class);
        String label = field(r, c.getName()) + (c.getType() == org.neiqin.api.money.Money.class && currency != null
                ? " (" + currency + ")" : "");
        if (c.getType().isEnum()) {
            return new Field(c.getName(), label, Field.Type.SELECT, value, options(r, c.getType(), !spec.required()),
                    spec.required());
        }
        if (!spec.lookup().isEmpty()) {
            // the console shows the chosen record by its code and name
            return Field.lookup(c.getName(), label, spec.lookup(), value, null, spec.required());
        }
        Field.Type type;
        switch (spec.kind()) {
            case LONG_TEXT:
                type = Field.Type.TEXTAREA;
                break;
            case DATE:
                type = Field.Type.DATE;
                break;
            case AMOUNT:
            case QUANTITY:
            case DAYS:
                type = Field.Type.NUMBER;
                break;
            default:
                type = Field.Type.TEXT;
        }
        return new Field(c.getName(), label, type, value, List.of(), spec.required());
    }

    /**
     * @param values each field's value by name: what the user typed (a form drawn again), or the record's
     *        own ({@code Forms.strings(record)::get})
     * @return a form field for every component of a {@link Spec} record, in its order: one form described
     *         once, for a new record and for a change alike
     */
    public static List<Field> inputs(PageRequest r, Class<? extends Record> type, java.util.function.Function<String, String> values) {
        List<Field> out = new java.util.ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            out.add(input(r, c, values.apply(c.getName())));
        }
        return out;
    }

    /**
     * @param rows the records shown, one row each; none shows one empty row to fill in
     * @return a grid of {@code type}'s components (an {@link Spec.Kind#ID} as the row's hidden key), labelled
     *         {@code field.<component>}, bound back with {@link Forms#bindRows}
     * @since 0.3
     */
    public static Field grid(PageRequest r, String name, Class<? extends Record> type, List<? extends Record> rows,
            boolean required) {
        return grid(r, name, type, rows, required, null);
    }

    /**
     * A grid as {@link #grid(PageRequest, String, Class, List, boolean)} draws it, its amounts' columns labelled
     * with {@code currency}.
     *
     * @since 0.5
     */
    public static Field grid(PageRequest r, String name, Class<? extends Record> type, List<? extends Record> rows,
            boolean required, String currency) {
        List<Field> columns = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            Spec spec = c.getAnnotation(Spec.class);
            // a key is the row's hidden key; a key chosen by searching (a @Spec lookup) is a cell of its own
            columns.add(spec != null && spec.kind() == Spec.Kind.ID && spec.lookup().isEmpty()
                    ? Field.hidden(c.getName(), null) : input(r, c, null, currency));
        }
        List<java.util.Map<String, String>> values = new ArrayList<>();
        for (Record row : rows) {
            values.add(Forms.strings(row));
        }
        return Field.grid(name, field(r, name), columns, values, required);
    }

    /**
     * @param grid a grid as {@link #grid} draws it
     * @param columns the columns to keep out of sight: each row sends back the value it was drawn with (a product
     *        chosen from a catalogue that is not installed: the line keeps naming it, nobody chooses another)
     * @return the same grid with those columns hidden
     * @since 0.6
     */
    public static Field hiddenColumns(Field grid, String... columns) {
        java.util.Set<String> hidden = java.util.Set.of(columns);
        return new Field(grid.name(), grid.label(), grid.type(), grid.value(), grid.options(), grid.required(),
                grid.columns().stream().map(c -> hidden.contains(c.name()) ? Field.hidden(c.name(), null) : c).toList(),
                grid.rows(), grid.lookup());
    }

    /**
     * A list's region filter: a choice of the regions named in {@code etc/org.neiqin.regions.cfg} by name (and the
     * code asked for, if it is not among them), or a text field for the code where none is named.
     *
     * @since 0.4
     */
    public static Field regionFilter(PageRequest r) {
        String asked = r.param("region");
        java.util.Map<String, String> named = r.regions();
        if (named.isEmpty()) {
            return Field.text("region", field(r, "region"), asked);
        }
        List<Field.Option> options = new java.util.ArrayList<>(List.of(new Field.Option("", r.msg("filter.any"))));
        named.forEach((code, name) -> options.add(new Field.Option(code, name)));
        if (asked != null && !asked.isBlank() && !named.containsKey(asked.trim())) {
            options.add(new Field.Option(asked.trim(), asked.trim()));
        }
        return Field.select("region", field(r, "region"), asked, options);
    }
}
