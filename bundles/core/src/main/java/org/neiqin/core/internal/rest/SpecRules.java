package org.neiqin.core.internal.rest;

import java.lang.reflect.RecordComponent;
import java.util.Map;

/**
 * The rules a record a user fills in states once, with the kit's {@code @Spec} on each component, as JSON Schema
 * says them in the REST description: required, length, the pattern of an e-mail, phone or web address, bounds and
 * decimals. Core runs without the kit, so it reads the annotation and its {@code Kind} by name.
 */
final class SpecRules {
    private SpecRules() {
    }

    /** @return whether the {@code @Spec} makes its field required */
    static boolean required(java.lang.annotation.Annotation spec) {
        return (Boolean) value(spec, "required");
    }

    /** @return the kit's {@code @Spec} of a record component, or {@code null} (core reads it by name: it runs without the kit) */
    static java.lang.annotation.Annotation spec(RecordComponent rc) {
        for (java.lang.annotation.Annotation a : rc.getAnnotations()) {
            if (a.annotationType().getName().equals("org.neiqin.kit.form.Spec")) {
                return a;
            }
        }
        return null;
    }

    private static Object value(Object on, String method) {
        try {
            java.lang.reflect.Method m = (on instanceof java.lang.annotation.Annotation a ? a.annotationType() : on.getClass())
                    .getMethod(method);
            return m.invoke(on);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the kit's @Spec has no " + method + "()", e);
        }
    }

    /** The rules a {@code @Spec} states, as JSON Schema says them: length, pattern, bounds, decimals. */
    static void apply(Map<String, Object> property, java.lang.annotation.Annotation spec) {
        Object type = property.get("type");
        Object kind = value(spec, "kind");
        String kindName = ((Enum<?>) kind).name();
        int max = (Integer) value(spec, "max");
        if ("string".equals(type)) {
            if (max > 0) {
                property.put("maxLength", max);
            }
            Object pattern = value(kind, "pattern");
            if (pattern != null) {
                property.put("pattern", "^(?:" + pattern + ")$");
            }
        } else if ("number".equals(type)) {
            property.put("minimum", 0);
            if ((Boolean) value(spec, "positive")) {
                property.put("exclusiveMinimum", true);
            }
            // said in words: a multipleOf of 0.01 trips clients that check it in binary floating point
            property.put("description", "at most " + value(kind, "decimals") + " decimals");
        } else if ("AMOUNT".equals(kindName) && property.containsKey("allOf")) {
            // money: the rules of its amount, in words beside the reference (a $ref takes no siblings)
            property.put("description", "money in the record's currency; its amount "
                    + ((Boolean) value(spec, "positive") ? "greater than zero" : "not negative") + ", with at most the"
                    + " currency's decimals (2 for CNY)");
        } else if ("integer".equals(type)) {
            if (kindName.equals("DAYS")) {
                property.put("minimum", 0);
                property.put("maximum", 365);
            } else if (kindName.equals("ID")) {
                property.put("minimum", 1);
            }
        }
    }
}
