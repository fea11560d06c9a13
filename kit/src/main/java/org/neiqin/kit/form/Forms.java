package org.neiqin.kit.form;

import static org.neiqin.kit.form.RecordAccess.components;
import static org.neiqin.kit.form.RecordAccess.construct;
import static org.neiqin.kit.form.RecordAccess.get;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.money.Money;

/**
 * Binds, checks, prints and compares records described with {@link Spec}: the same rules for a
 * REST body, a console form and a CSV row.
 *
 * <p>An amount is a {@link Money} component: in REST {@code {"amount": "1234.50", "currency": "CNY"}}, in a form or a
 * CSV cell its amount ({@code 1,234.50}), in the record's currency — the one the text names ({@code 1234.50 CNY}),
 * else the one sent as {@code <field>Currency}, else the form's {@value #CURRENCY} ({@link #inCurrency}). An entity
 * keeps it as a {@code BigDecimal} column beside the record's one {@code currency} column ({@link #copy},
 * {@link #read}): every amount of a record is in its currency.
 */
public final class Forms {

    /** The form value, or the entity field, that holds the currency a record's amounts are in. @since 0.5 */
    public static final String CURRENCY = "currency";

    private Forms() {
    }

    /**
     * @return {@code values}, answering {@value #CURRENCY} with {@code currency} where they send none: the currency
     *         a console form's or a CSV file's amounts are in (the record's, or the company's for a new one)
     * @since 0.5
     */
    public static Function<String, String> inCurrency(Function<String, String> values, String currency) {
        return name -> {
            String v = values.apply(name);
            return CURRENCY.equals(name) && (v == null || v.isBlank()) ? currency : v;
        };
    }

    /** Turns text values (form fields, CSV cells) into a record; conversion failures are added to {@code errors}. */
    public static <R extends Record> R bind(Class<R> type, Function<String, String> values, List<FieldError> errors) {
        RecordComponent[] parts = components(type);
        Object[] args = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String name = parts[i].getName();
            String raw = trimmed(values.apply(name));
            if (parts[i].getType() == Money.class) {
                String currency = trimmed(values.apply(name + "Currency"));
                args[i] = TextValues.money(name, raw, currency != null ? currency : trimmed(values.apply(CURRENCY)), errors);
            } else {
                args[i] = TextValues.convert(parts[i].getType(), name, raw, errors);
            }
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
            // a row's amounts are in the form's currency unless the row names its own
            R bound = bind(type, c -> {
                String v = values.apply(prefix + c);
                return v == null && CURRENCY.equals(c) ? values.apply(CURRENCY) : v;
            }, rowErrors);
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
     * @return the value of {@code raw} as {@code type} (String, LocalDate, BigDecimal, Integer, Long, an enum, or
     *         Money whose text names its currency), {@code null} for none
     * @throws ValidationException naming {@code field} if it does not convert
     */
    public static <T> T parse(Class<T> type, String field, String raw) {
        List<FieldError> errors = new ArrayList<>();
        Object v = TextValues.convert(type, field, raw == null || raw.isBlank() ? null : raw.trim(), errors);
        require(errors);
        return type.cast(v);
    }

    /**
     * @return a problem for each amount of {@code r} that is not in {@code currency} (every amount of a record is in
     *         its one currency)
     * @since 0.5
     */
    public static List<FieldError> inCurrency(Record r, String currency) {
        List<FieldError> errors = new ArrayList<>();
        for (RecordComponent c : components(r.getClass())) {
            if (get(r, c) instanceof Money m && !m.currency().getCurrencyCode().equals(currency)) {
                errors.add(new FieldError(c.getName(), "currency", Text.of("form.currency.other",
                        "{0} is in {1}; the amounts here are in {2}", c.getName(), m.currency().getCurrencyCode(),
                        currency)));
            }
        }
        return errors;
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

    /**
     * @return field name → value as text ({@code ""} for none), in declaration order, as a form field or a CSV cell
     *         holds it: an amount without its currency (the record's, said once)
     */
    public static Map<String, String> strings(Record r) {
        return RecordText.strings(r);
    }

    /**
     * @return field name → value as text for the fields that have one, an amount with its currency: what the audit
     *         trail records for a new record
     */
    public static Map<String, Object> filled(Record r) {
        return RecordText.filled(r);
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
        return RecordText.changes(before, after);
    }

    /** @return field → {before, after} for every field that differs. */
    public static Map<String, Object[]> diff(Record before, Record after) {
        return RecordText.diff(before, after);
    }

    /**
     * Copies the record's fields onto the same-named fields of an entity; an amount onto its {@code BigDecimal}
     * column, when it is in the entity's {@value #CURRENCY} (set that first).
     *
     * @throws ValidationException naming every amount in another currency (nothing is copied then)
     */
    public static void copy(Record from, Object entity) {
        EntityFields.copy(from, entity);
    }

    /** Reads a record back from the same-named fields of an entity; an amount in the entity's currency. */
    public static <R extends Record> R read(Class<R> type, Object entity) {
        return EntityFields.read(type, entity);
    }
}
