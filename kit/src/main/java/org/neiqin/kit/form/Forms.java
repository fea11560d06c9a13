package org.neiqin.kit.form;

import static org.neiqin.kit.form.RecordAccess.components;
import static org.neiqin.kit.form.RecordAccess.construct;
import static org.neiqin.kit.form.RecordAccess.field;
import static org.neiqin.kit.form.RecordAccess.get;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;

/**
 * Binds, checks, prints and compares records described with {@link Spec}: the same rules for a
 * REST body, a console form and a CSV row.
 */
public final class Forms {

    private Forms() {
    }

    /** Turns text values (form fields, CSV cells) into a record; conversion failures are added to {@code errors}. */
    public static <R extends Record> R bind(Class<R> type, Function<String, String> values, List<FieldError> errors) {
        RecordComponent[] parts = components(type);
        Object[] args = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String raw = values.apply(parts[i].getName());
            args[i] = convert(parts[i].getType(), parts[i].getName(), raw == null || raw.isBlank() ? null : raw.trim(),
                    errors);
        }
        return construct(type, args);
    }

    /**
     * Reads the rows of a console grid ({@code Field.grid}) as the browser sent them: row {@code i} as
     * {@code name[i].column}. A row left wholly empty is skipped; a value that does not convert is reported as
     * {@code name[i].column}, as the rules report the lines they check.
     *
     * @param values each sent value by parameter name ({@code null} or blank for none)
     * @param sent the names of every parameter sent (an empty cell is sent too)
     * @return the rows as records, in order
     * @since 0.3
     */
    public static <R extends Record> List<R> bindRows(Class<R> type, String name, Function<String, String> values,
            java.util.Collection<String> sent, List<FieldError> errors) {
        Pattern row = Pattern.compile(Pattern.quote(name) + "\\[(\\d{1,4})\\]\\..+");
        int rows = 0;
        for (String n : sent) {
            java.util.regex.Matcher m = row.matcher(n);
            if (m.matches()) {
                rows = Math.max(rows, Integer.parseInt(m.group(1)) + 1);
            }
        }
        List<R> out = new ArrayList<>();
        RecordComponent[] parts = components(type);
        for (int i = 0; i < rows; i++) {
            String prefix = name + "[" + i + "].";
            boolean filled = false;
            for (RecordComponent c : parts) {
                String v = values.apply(prefix + c.getName());
                filled |= v != null && !v.isBlank();
            }
            if (!filled) {
                continue;
            }
            List<FieldError> rowErrors = new ArrayList<>();
            R bound = bind(type, c -> values.apply(prefix + c), rowErrors);
            for (FieldError e : rowErrors) {
                errors.add(new FieldError(prefix + e.field(), e.rule(), e.text()));
            }
            out.add(bound);
        }
        return out;
    }

    /**
     * Reads the rows of a console grid from a page's request, as {@link #bindRows(Class, String, Function,
     * java.util.Collection, List)} does.
     *
     * @since 0.3
     */
    public static <R extends Record> List<R> bindRows(Class<R> type, String name, org.neiqin.api.console.PageRequest r,
            List<FieldError> errors) {
        return bindRows(type, name, r::param, r.paramNames(), errors);
    }

    /**
     * Binds like {@link #bind(Class, Function, List)} and refuses the input at once if a value does not convert.
     *
     * @throws ValidationException naming every field that does not convert
     */
    public static <R extends Record> R bind(Class<R> type, Function<String, String> values) {
        List<FieldError> errors = new ArrayList<>();
        R bound = bind(type, values, errors);
        if (!errors.isEmpty()) {
            // what did convert is checked too, so that a form's every error comes back at once (a bad date is not
            // reported alone first); a field that did not convert is reported once
            java.util.Set<String> reported = new java.util.HashSet<>();
            errors.forEach(e -> reported.add(e.field()));
            check(bound).stream().filter(e -> !reported.contains(e.field())).forEach(errors::add);
        }
        require(errors);
        return bound;
    }

    /**
     * Reads one value the way a form field of that type is read (a filter, a query parameter).
     *
     * @return the value of {@code raw} as {@code type} (String, LocalDate, BigDecimal, Integer, Long or an enum),
     *         {@code null} for none
     * @throws ValidationException naming {@code field} if it does not convert
     */
    public static <T> T parse(Class<T> type, String field, String raw) {
        List<FieldError> errors = new ArrayList<>();
        Object v = convert(type, field, raw == null || raw.isBlank() ? null : raw.trim(), errors);
        require(errors);
        return type.cast(v);
    }

    private static Object convert(Class<?> t, String name, String raw, List<FieldError> errors) {
        if (raw == null) {
            return null;
        }
        try {
            if (t == String.class) {
                return raw;
            }
            if (t == LocalDate.class) {
                return LocalDate.parse(raw);
            }
            if (t == BigDecimal.class) {
                return new BigDecimal(raw.replace(",", ""));
            }
            if (t == Integer.class) {
                return Integer.valueOf(raw);
            }
            if (t == Long.class) {
                return Long.valueOf(raw);
            }
            if (t.isEnum()) {
                for (Object constant : t.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equalsIgnoreCase(raw)) {
                        return constant;
                    }
                }
                errors.add(new FieldError(name, "unknown", Text.of("form.unknown", "'{0}' is not one of {1}", raw, choices(t))));
                return null;
            }
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "format", Text.of("form.format.date", "'{0}' is not a date (YYYY-MM-DD)", raw)));
            return null;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "format", Text.of("form.format.number", "'{0}' is not a number", raw)));
            return null;
        }
        throw new IllegalArgumentException("unsupported field type " + t + " of " + name);
    }

    /** @return the choice named {@code value} (any case), null for none; an unknown name is bad input. */
    public static <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value.trim())) {
                return e;
            }
        }
        throw new ValidationException(field, "unknown", Text.of("form.unknown", "'{0}' is not one of {1}", value, choices(type)));
    }

    public static String choices(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(e -> ((Enum<?>) e).name()).collect(Collectors.joining(", "));
    }

    /** @return every rule {@code r} breaks, by field. */
    public static List<FieldError> check(Record r) {
        return FieldChecks.check(r);
    }

    /** @return a text as it is kept: trimmed, {@code null} when blank */
    public static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Throws a {@link ValidationException} naming every problem, if there is any. */
    public static void require(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** @return field name → value as text ({@code ""} for none), in declaration order. */
    public static Map<String, String> strings(Record r) {
        Map<String, String> out = new LinkedHashMap<>();
        for (RecordComponent c : components(r.getClass())) {
            Object v = get(r, c);
            out.put(c.getName(), v == null ? "" : v instanceof BigDecimal ? ((BigDecimal) v).toPlainString()
                    : v instanceof Enum ? ((Enum<?>) v).name() : v.toString());
        }
        return out;
    }

    /** @return field name → value as text for the fields that have one: what the audit trail records for a new record. */
    public static Map<String, Object> filled(Record r) {
        Map<String, Object> out = new LinkedHashMap<>();
        strings(r).forEach((k, v) -> {
            if (!v.isEmpty()) {
                out.put(k, v);
            }
        });
        return out;
    }

    /**
     * The fields that differ between two versions of a record, as the audit trail records a change.
     *
     * @param before field → old value, for each changed field (values may be null)
     * @param after field → new value, for the same fields
     */
    public record Changes(Map<String, Object> before, Map<String, Object> after) {
        public boolean isEmpty() {
            return after.isEmpty();
        }
    }

    /** @return the changed fields of {@code after} against {@code before}, in declaration order. */
    public static Changes changes(Record before, Record after) {
        Map<String, Object> old = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        diff(before, after).forEach((k, v) -> {
            old.put(k, v[0]);
            now.put(k, v[1]);
        });
        return new Changes(old, now);
    }

    /** @return field → {before, after} for every field that differs. */
    public static Map<String, Object[]> diff(Record before, Record after) {
        Map<String, Object[]> out = new LinkedHashMap<>();
        for (RecordComponent c : components(after.getClass())) {
            Object a = before == null ? null : get(before, c);
            Object b = get(after, c);
            boolean same = a instanceof BigDecimal && b instanceof BigDecimal
                    ? ((BigDecimal) a).compareTo((BigDecimal) b) == 0 : Objects.equals(a, b);
            if (!same) {
                out.put(c.getName(), new Object[] {a, b});
            }
        }
        return out;
    }

    /** Copies the record's fields onto the same-named fields of an entity. */
    public static void copy(Record from, Object entity) {
        for (RecordComponent c : components(from.getClass())) {
            try {
                field(entity.getClass(), c.getName()).set(entity, get(from, c));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("entity " + entity.getClass().getSimpleName() + " lacks " + c.getName(), e);
            }
        }
    }

    /** Reads a record back from the same-named fields of an entity. */
    public static <R extends Record> R read(Class<R> type, Object entity) {
        RecordComponent[] parts = components(type);
        Object[] args = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                args[i] = field(entity.getClass(), parts[i].getName()).get(entity);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("entity lacks " + parts[i].getName(), e);
            }
            Spec spec = parts[i].getAnnotation(Spec.class);
            if (args[i] instanceof BigDecimal q && spec != null && spec.kind() == Spec.Kind.QUANTITY) {
                // a quantity reads as it was typed (12.5, not the column's 12.5000), in the form, the history and REST
                BigDecimal plain = q.stripTrailingZeros();
                args[i] = plain.scale() < 0 ? plain.setScale(0) : plain;
            }
        }
        return construct(type, args);
    }
}
