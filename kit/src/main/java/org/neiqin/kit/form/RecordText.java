package org.neiqin.kit.form;

import static org.neiqin.kit.form.RecordAccess.components;
import static org.neiqin.kit.form.RecordAccess.get;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.neiqin.api.money.Money;
/** A record as text: what a form field and a CSV cell show, what the history records, and what changed. */
final class RecordText {
    private RecordText() {
    }

    /**
     * @return field name → value as text ({@code ""} for none), in declaration order, as a form field or a CSV cell
     *         holds it: an amount without its currency (the record's, said once)
     */
    static Map<String, String> strings(Record r) {
        Map<String, String> out = new LinkedHashMap<>();
        for (RecordComponent c : components(r.getClass())) {
            Object v = get(r, c);
            out.put(c.getName(), v instanceof Money m ? m.amount().toPlainString() : text(v));
        }
        return out;
    }

    /** @return a value as text, an amount with its currency ({@code 3600.00 CNY}); {@code ""} for none */
    static String text(Object v) {
        return v == null ? "" : v instanceof BigDecimal ? ((BigDecimal) v).toPlainString()
                : v instanceof Enum ? ((Enum<?>) v).name() : v.toString();
    }

    /**
     * @return field name → value as text for the fields that have one, an amount with its currency: what the audit
     *         trail records for a new record
     */
    static Map<String, Object> filled(Record r) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : components(r.getClass())) {
            String v = text(get(r, c));
            if (!v.isEmpty()) {
                out.put(c.getName(), v);
            }
        }
        return out;
    }

    /** @return the changed fields of {@code after} against {@code before}, in declaration order. */
    static Forms.Changes changes(Record before, Record after) {
        Map<String, Object> old = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        diff(before, after).forEach((k, v) -> {
            old.put(k, v[0] instanceof Money ? v[0].toString() : v[0]);
            now.put(k, v[1] instanceof Money ? v[1].toString() : v[1]);
        });
        return new Forms.Changes(old, now);
    }

    /** @return field → {before, after} for every field that differs. */
    static Map<String, Object[]> diff(Record before, Record after) {
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
}
