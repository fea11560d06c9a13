package org.neiqin.core.internal.numbering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.numbering.ResetPeriod;

/**
 * A parsed numbering pattern such as {@code INV-{yyyy}-{seq:5}} or {@code {region}-{city}-NO.{seq:4}}.
 * A counter wider than its padding keeps growing ({@code 10000} after {@code 9999}); it never wraps.
 */
public final class NumberPattern {
    private static final Pattern TOKEN = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern ATTRIBUTE = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]*");
    private static final Pattern SEQ = Pattern.compile("seq:(\\d{1,2})");

    private final String source;
    private final List<Object> parts = new ArrayList<>();
    private final TreeSet<String> attributes = new TreeSet<>();

    private record Literal(String text) {
    }

    private record Seq(int width) {
    }

    private record DatePart(String code) {
    }

    private record Attr(String name) {
    }

    private NumberPattern(String source) {
        this.source = source;
    }

    /** @throws IllegalArgumentException naming what is wrong with the pattern */
    public static NumberPattern parse(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("a numbering pattern must not be empty");
        }
        NumberPattern p = new NumberPattern(pattern);
        Matcher m = TOKEN.matcher(pattern);
        int at = 0;
        int seqs = 0;
        while (m.find()) {
            if (m.start() > at) {
                p.parts.add(new Literal(literal(pattern.substring(at, m.start()))));
            }
            String t = m.group(1);
            Matcher sm = SEQ.matcher(t);
            if (sm.matches()) {
                int width = Integer.parseInt(sm.group(1));
                if (width < 1 || width > 12) {
                    throw new IllegalArgumentException("{seq:N} takes N from 1 to 12 in " + pattern);
                }
                p.parts.add(new Seq(width));
                seqs++;
            } else if (t.equals("yyyy") || t.equals("yy") || t.equals("MM") || t.equals("dd")) {
                p.parts.add(new DatePart(t));
            } else if (ATTRIBUTE.matcher(t).matches() && !t.equals("seq")) {
                p.parts.add(new Attr(t));
                p.attributes.add(t);
            } else {
                throw new IllegalArgumentException("unknown placeholder {" + t + "} in " + pattern
                        + " (use {yyyy} {yy} {MM} {dd} {seq:N} or an attribute name)");
            }
            at = m.end();
        }
        if (at < pattern.length()) {
            p.parts.add(new Literal(literal(pattern.substring(at))));
        }
        if (seqs != 1) {
            throw new IllegalArgumentException("a numbering pattern needs exactly one {seq:N}: " + pattern);
        }
        return p;
    }

    private static String literal(String s) {
        if (s.indexOf('{') >= 0 || s.indexOf('}') >= 0) {
            throw new IllegalArgumentException("unbalanced brace in numbering pattern near '" + s + "'");
        }
        return s;
    }

    /** @return the attribute names the pattern uses, sorted. */
    public TreeSet<String> attributes() { return new TreeSet<>(attributes); }

    /**
     * @return the key of the counter this document draws from: one per type, reset period and
     *         value of each attribute the pattern uses
     */
    public String counterKey(String documentType, ResetPeriod reset, LocalDate date, Map<String, String> attrs) {
        StringBuilder sb = new StringBuilder(documentType).append('|').append(period(reset, date));
        for (String a : attributes) {
            sb.append('|').append(require(attrs, a));
        }
        return sb.toString();
    }

    static String period(ResetPeriod reset, LocalDate date) {
        switch (reset) {
            case YEARLY:
                return String.valueOf(date.getYear());
            case MONTHLY:
                return String.format("%04d-%02d", date.getYear(), date.getMonthValue());
            default:
                return "-";
        }
    }

    public String format(LocalDate date, Map<String, String> attrs, long seq) {
        StringBuilder sb = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof Literal) {
                sb.append(((Literal) part).text());
            } else if (part instanceof Seq) {
                String digits = Long.toString(seq);
                for (int i = digits.length(); i < ((Seq) part).width(); i++) {
                    sb.append('0');
                }
                sb.append(digits);
            } else if (part instanceof DatePart) {
                sb.append(datePart(((DatePart) part).code(), date));
            } else {
                sb.append(require(attrs, ((Attr) part).name()));
            }
        }
        return sb.toString();
    }

    private static String datePart(String code, LocalDate d) {
        switch (code) {
            case "yyyy":
                return String.format("%04d", d.getYear());
            case "yy":
                return String.format("%02d", d.getYear() % 100);
            case "MM":
                return String.format("%02d", d.getMonthValue());
            default:
                return String.format("%02d", d.getDayOfMonth());
        }
    }

    private String require(Map<String, String> attrs, String name) {
        String v = attrs == null ? null : attrs.get(name);
        if (v == null || v.isBlank()) {
            throw new ValidationException(name, "required", Text.of("core.numbering.value.required",
                    "the document number pattern {0} needs a value for '{1}'", source, name));
        }
        if (!v.matches("[\\p{L}\\p{N}._-]{1,20}")) {
            throw new ValidationException(name, "format", Text.of("core.numbering.value.format",
                    "'{0}' may only hold letters, digits, '.', '_' or '-' (at most 20) to appear in a document number",
                    name));
        }
        return v;
    }

    @Override
    public String toString() { return source; }
}
