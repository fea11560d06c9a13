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

    private static final Pattern MONEY = Pattern.compile(
            "(?:([A-Za-z]{3})\\s*)?([-+]?[0-9][0-9,]*(?:\\.[0-9]*)?|[-+]?\\.[0-9]+)(?:\\s*([A-Za-z]{3}))?");

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
                args[i] = money(name, raw, currency != null ? currency : trimmed(values.apply(CURRENCY)), errors);
            } else {
                args[i] = convert(parts[i].getType(), name, raw, errors);
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
        Object v = convert(type, field, raw == null || raw.isBlank() ? null : raw.trim(), errors);
        require(errors);
        return type.cast(v);
    }

    private static Object convert(Class<?> t, String name, String raw, List<FieldError> errors) {
        if (raw == null) {
            return null;
        }
        if (t == Money.class) {
            return money(name, raw, null, errors);
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

    /**
     * @param raw an amount as typed ({@code 1,234.50}), perhaps with its currency ({@code 1234.50 CNY},
     *        {@code CNY 1234.50})
     * @param currency the currency when the text names none
     * @return the money, or null (and the reason in {@code errors}) when it is not an amount in a known currency
     *         with at most that currency's decimals
     */
    private static Money money(String name, String raw, String currency, List<FieldError> errors) {
        if (raw == null) {
            return null;
        }
        java.util.regex.Matcher m = MONEY.matcher(raw);
        if (!m.matches() || m.group(1) != null && m.group(3) != null) {
            errors.add(new FieldError(name, "format", Text.of("form.format.money",
                    "'{0}' is not an amount (such as 1,234.50 or 1234.50 CNY)", raw)));
            return null;
        }
        String code = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : currency;
        if (code == null) {
            errors.add(new FieldError(name, "currency", Text.of("form.currency.missing",
                    "{0} needs its currency (such as 1234.50 CNY)", name)));
            return null;
        }
        java.util.Currency known;
        try {
            known = java.util.Currency.getInstance(code.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(name, "currency", Text.of("form.currency.unknown",
                    "'{0}' is not a currency code (ISO 4217, such as CNY)", code)));
            return null;
        }
        BigDecimal amount = new BigDecimal(m.group(2).replace(",", ""));
        int decimals = Math.max(0, known.getDefaultFractionDigits());
        if (amount.stripTrailingZeros().scale() > decimals) {
            // an amount is never rounded behind the user's back: 12.345 CNY is refused, not kept as 12.35
            errors.add(new FieldError(name, "format", Text.of("form.format.digits",
                    "{0} takes at most {1} digits and {2} decimals", name, 19 - decimals, decimals)));
            return null;
        }
        return Money.of(amount, known.getCurrencyCode());
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
        Map<String, String> out = new LinkedHashMap<>();
        for (RecordComponent c : components(r.getClass())) {
            Object v = get(r, c);
            out.put(c.getName(), v instanceof Money m ? m.amount().toPlainString() : text(v));
        }
        return out;
    }

    /** @return a value as text, an amount with its currency ({@code 3600.00 CNY}); {@code ""} for none */
    private static String text(Object v) {
        return v == null ? "" : v instanceof BigDecimal ? ((BigDecimal) v).toPlainString()
                : v instanceof Enum ? ((Enum<?>) v).name() : v.toString();
    }

    /**
     * @return field name → value as text for the fields that have one, an amount with its currency: what the audit
     *         trail records for a new record
     */
    public static Map<String, Object> filled(Record r) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : components(r.getClass())) {
            String v = text(get(r, c));
            if (!v.isEmpty()) {
                out.put(c.getName(), v);
            }
        }
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
            old.put(k, v[0] instanceof Money ? v[0].toString() : v[0]);
            now.put(k, v[1] instanceof Money ? v[1].toString() : v[1]);
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

    /**
     * Copies the record's fields onto the same-named fields of an entity; an amount onto its {@code BigDecimal}
     * column, when it is in the entity's {@value #CURRENCY} (set that first).
     *
     * @throws ValidationException naming every amount in another currency (nothing is copied then)
     */
    public static void copy(Record from, Object entity) {
        if (java.util.Arrays.stream(components(from.getClass())).anyMatch(c -> c.getType() == Money.class)) {
            require(inCurrency(from, currency(entity)));
        }
        for (RecordComponent c : components(from.getClass())) {
            Object v = get(from, c);
            try {
                field(entity.getClass(), c.getName()).set(entity, v instanceof Money m ? m.amount() : v);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("entity " + entity.getClass().getSimpleName() + " lacks " + c.getName(), e);
            }
        }
    }

    /** Reads a record back from the same-named fields of an entity; an amount in the entity's currency. */
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
            if (args[i] instanceof BigDecimal amount && parts[i].getType() == Money.class) {
                args[i] = Money.of(amount, currency(entity));
            } else if (args[i] instanceof BigDecimal q && spec != null && spec.kind() == Spec.Kind.QUANTITY) {
                // a quantity reads as it was typed (12.5, not the column's 12.5000), in the form, the history and REST
                BigDecimal plain = q.stripTrailingZeros();
                args[i] = plain.scale() < 0 ? plain.setScale(0) : plain;
            }
        }
        return construct(type, args);
    }

    /** @return the currency an entity's amounts are in (its {@value #CURRENCY} field) */
    private static String currency(Object entity) {
        try {
            Object c = field(entity.getClass(), CURRENCY).get(entity);
            if (c == null) {
                throw new IllegalStateException(entity.getClass().getSimpleName() + " has no currency yet: set it first");
            }
            return c.toString();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("entity " + entity.getClass().getSimpleName() + " keeps amounts but no "
                    + CURRENCY, e);
        }
    }
}
