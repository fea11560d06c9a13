package org.neiqin.kit.form;

import static org.neiqin.kit.form.RecordAccess.components;
import static org.neiqin.kit.form.RecordAccess.get;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.api.money.Money;

/** The rules a {@link Spec} states, checked on a bound record: required, length, text, e-mail, phone, web address, amounts, days. */
final class FieldChecks {
    private static final Pattern EMAIL = Pattern.compile(Spec.Kind.EMAIL.pattern());
    private static final Pattern PHONE = Pattern.compile(Spec.Kind.PHONE.pattern());
    private static final Pattern URL = Pattern.compile(Spec.Kind.URL.pattern());

    /** A field without {@code @Spec} (a list of lines, say): optional, and a text in it is still checked as text. */
    private static final Spec UNSPECIFIED = Unspecified.class.getRecordComponents()[0].getAnnotation(Spec.class);

    private record Unspecified(@Spec String field) {
    }

    private FieldChecks() {
    }

    /** @return whether {@code s} holds a UTF-16 surrogate without its other half */
    static boolean halfPair(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** @return every field's problem, in declaration order */
    static List<FieldError> check(Record r) {
        List<FieldError> errors = new ArrayList<>();
        for (RecordComponent c : components(r.getClass())) {
            Spec spec = c.getAnnotation(Spec.class) != null ? c.getAnnotation(Spec.class) : UNSPECIFIED;
            Object v = get(r, c);
            String name = c.getName();
            if (v == null || (v instanceof String && ((String) v).isBlank())) {
                if (spec.required()) {
                    errors.add(new FieldError(name, "required", Text.of("form.required", "{0} is required", name)));
                }
                continue;
            }
            if (v instanceof String) {
                String s = (String) v;
                if (spec.max() > 0 && s.length() > spec.max()) {
                    errors.add(new FieldError(name, "maxLength", Text.of("form.maxLength",
                            "{0} may have at most {1} characters (has {2})", name, spec.max(), s.length())));
                } else if (s.chars().anyMatch(ch -> ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch == 0x7F)) {
                    // a NUL or another control character: no user types one, PostgreSQL refuses to store one
                    errors.add(new FieldError(name, "format", Text.of("form.format.control",
                            "{0} holds a control character (such as NUL) that is not text", name)));
                } else if (halfPair(s)) {
                    // half of a UTF-16 pair (a JSON escape of D83D alone, say): no character; PostgreSQL would keep a '?'
                    errors.add(new FieldError(name, "format", Text.of("form.format.halfPair",
                            "{0} holds half of a character (a lone surrogate) that is not text", name)));
                } else if (spec.kind() == Spec.Kind.EMAIL && !EMAIL.matcher(s).matches()) {
                    errors.add(new FieldError(name, "format", Text.of("form.format.email", "'{0}' is not an e-mail address", s)));
                } else if (spec.kind() == Spec.Kind.PHONE && !PHONE.matcher(s).matches()) {
                    errors.add(new FieldError(name, "format", Text.of("form.format.phone",
                            "'{0}' is not a phone number (digits, spaces, + - ( ) /, 5 to 40 characters)", s)));
                } else if (spec.kind() == Spec.Kind.URL && !URL.matcher(s).matches()) {
                    errors.add(new FieldError(name, "format", Text.of("form.format.url", "'{0}' is not a web address", s)));
                }
            } else if (v instanceof BigDecimal || v instanceof Money) {
                BigDecimal d = v instanceof Money m ? m.amount() : (BigDecimal) v;
                int decimals = spec.kind().decimals();
                if (d.signum() < 0) {
                    errors.add(new FieldError(name, "min", Text.of("form.min.negative", "{0} must not be negative", name)));
                } else if (spec.positive() && d.signum() == 0) {
                    errors.add(new FieldError(name, "min", Text.of("form.min.positive", "{0} must be greater than zero", name)));
                } else if (d.precision() - d.scale() > 19 - decimals || d.stripTrailingZeros().scale() > decimals) {
                    errors.add(new FieldError(name, "format", Text.of("form.format.digits",
                            "{0} takes at most {1} digits and {2} decimals", name, 19 - decimals, decimals)));
                }
            } else if (v instanceof Integer && spec.kind() == Spec.Kind.DAYS) {
                int days = (Integer) v;
                if (days < 0 || days > 365) {
                    errors.add(new FieldError(name, "range", Text.of("form.range.days", "{0} must be between 0 and 365", name)));
                }
            }
        }
        return errors;
    }
}
