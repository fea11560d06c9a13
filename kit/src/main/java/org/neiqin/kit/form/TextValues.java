package org.neiqin.kit.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.api.money.Money;
/** A value typed as text (a form field, a CSV cell, a query parameter) read as the type of its field. */
final class TextValues {
    private static final Pattern MONEY = Pattern.compile(
            "(?:([A-Za-z]{3})\\s*)?([-+]?[0-9][0-9,]*(?:\\.[0-9]*)?|[-+]?\\.[0-9]+)(?:\\s*([A-Za-z]{3}))?");

    private TextValues() {
    }

    static Object convert(Class<?> t, String name, String raw, List<FieldError> errors) {
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
                errors.add(new FieldError(name, "unknown", Text.of("form.unknown", "'{0}' is not one of {1}", raw, Forms.choices(t))));
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
    static Money money(String name, String raw, String currency, List<FieldError> errors) {
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
}
