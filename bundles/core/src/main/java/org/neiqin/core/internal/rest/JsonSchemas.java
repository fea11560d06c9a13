package org.neiqin.core.internal.rest;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.neiqin.api.money.Money;

/**
 * The JSON schemas of Java types as the REST application's JSON mapping writes them: records and enums
 * by name in the document's components, money as an {@code amount} string and a {@code currency},
 * dates as ISO strings, every record component present ({@code null} where absent). One instance
 * describes one document.
 */
final class JsonSchemas {
    private final Map<String, Object> schemas = new TreeMap<>();
    private final Map<String, Type> named = new HashMap<>();

    /** @return the schemas named so far, with the problem details' as {@code Problem}: the document's components */
    Map<String, Object> components(Map<String, Object> problem) {
        schemas.put("Problem", problem);
        return schemas;
    }

    static Map<String, Object> array(Map<String, Object> items) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("type", "array");
        a.put("items", items);
        return a;
    }

    static Map<String, Object> ref(String name) {
        return Map.of("$ref", "#/components/schemas/" + name);
    }

    static Map<String, Object> type(String type, String format) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", type);
        if (format != null) {
            s.put("format", format);
        }
        return s;
    }

    /** @return the schema of a Java type as the JSON mapping writes it */
    Map<String, Object> of(Type t) {
        if (t instanceof Class<?> c) {
            if (c == String.class || c == char.class || c == Character.class) {
                return type("string", null);
            }
            if (c == int.class || c == Integer.class || c == short.class || c == Short.class || c == byte.class
                    || c == Byte.class) {
                return type("integer", "int32");
            }
            if (c == long.class || c == Long.class || c == BigInteger.class) {
                return type("integer", "int64");
            }
            if (c == double.class || c == Double.class || c == float.class || c == Float.class
                    || c == BigDecimal.class) {
                return type("number", null);
            }
            if (c == boolean.class || c == Boolean.class) {
                return type("boolean", null);
            }
            if (c == LocalDate.class) {
                return type("string", "date");
            }
            if (c == Instant.class || c == OffsetDateTime.class || c == LocalDateTime.class) {
                return type("string", "date-time");
            }
            if (c.isArray()) {
                return array(of(c.getComponentType()));
            }
            if (Collection.class.isAssignableFrom(c)) {
                return array(Map.of());
            }
            if (c == Object.class) {
                return Map.of();
            }
            if (Map.class.isAssignableFrom(c)) {
                return type("object", null);
            }
            return named(c, c);
        }
        if (t instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return array(of(args[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                Map<String, Object> s = type("object", null);
                s.put("additionalProperties", of(args[1]));
                return s;
            }
            if (raw == Optional.class) {
                return of(args[0]);
            }
            return named(raw, p);
        }
        if (t instanceof GenericArrayType g) {
            return array(of(g.getGenericComponentType()));
        }
        // a wildcard or an unbound variable: any JSON value
        return t instanceof WildcardType || t instanceof TypeVariable ? Map.of() : Map.of();
    }

    /** A record, enum, money or other class: one schema in components, referred to by name. */
    private Map<String, Object> named(Class<?> raw, Type full) {
        String name = name(raw, full);
        Type known = named.get(name);
        if (known != null) {
            if (!known.equals(full)) {
                throw new IllegalStateException("two types are both named " + name + " in the API description: "
                        + known.getTypeName() + " and " + full.getTypeName());
            }
            return ref(name);
        }
        named.put(name, full);
        schemas.put(name, Map.of());
        schemas.put(name, define(raw, full));
        return ref(name);
    }

    /**
     * @return the public name of a type: a generic one after what it holds ({@code ListQuery.Page<CustomerRow>} is
     *         {@code CustomerRowPage}), a nested one after its outer type ({@code Statistics.Row} is
     *         {@code StatisticsRow}), so that two modules' {@code Report}s keep apart
     */
    private static String name(Class<?> raw, Type full) {
        if (full instanceof ParameterizedType p) {
            StringBuilder sb = new StringBuilder();
            for (Type a : p.getActualTypeArguments()) {
                sb.append(a instanceof Class<?> c ? simple(c) : "Any");
            }
            return sb.append(raw.getSimpleName()).toString();
        }
        return simple(raw);
    }

    /** A body declared inside its resource is named after what the resource serves: {@code NoteResource.Step} is {@code NoteStep}. */
    private static String simple(Class<?> c) {
        return c.getEnclosingClass() == null ? c.getSimpleName()
                : simple(c.getEnclosingClass()).replaceAll("Resource$", "") + c.getSimpleName();
    }

    private Map<String, Object> define(Class<?> raw, Type full) {
        if (raw.isEnum()) {
            Map<String, Object> s = type("string", null);
            List<String> values = new ArrayList<>();
            for (Object v : raw.getEnumConstants()) {
                values.add(((Enum<?>) v).name());
            }
            s.put("enum", values);
            return s;
        }
        if (raw == Money.class) {
            Map<String, Object> s = type("object", null);
            s.put("description", "an amount of money; the amount is a decimal string, so no client rounds it (a JSON"
                    + " number is read as the same decimal, never through floating point)");
            s.put("properties", Map.of("amount", type("string", "decimal"), "currency", type("string", null)));
            s.put("required", List.of("amount", "currency"));
            s.put("additionalProperties", false);
            return s;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        if (raw.isRecord()) {
            Map<String, Type> bound = bindings(raw, full);
            // a record a user fills in states its rules once (the kit's @Spec): those the server checks are here
            boolean described = Arrays.stream(raw.getRecordComponents()).anyMatch(rc -> SpecRules.spec(rc) != null);
            for (RecordComponent rc : raw.getRecordComponents()) {
                Type ct = rc.getGenericType();
                if (ct instanceof TypeVariable<?> v && bound.containsKey(v.getName())) {
                    ct = bound.get(v.getName());
                } else if (ct instanceof ParameterizedType pt) {
                    ct = substitute(pt, bound);
                }
                Map<String, Object> property = property(ct);
                java.lang.annotation.Annotation spec = SpecRules.spec(rc);
                if (spec != null) {
                    property = new LinkedHashMap<>(property);
                    SpecRules.apply(property, spec);
                }
                properties.put(rc.getName(), property);
                // an answer's every member is present; one that is an object and may be null (a list price, a
                // freight not yet known) is described as optional all the same: openapi-generator's Java clients
                // validate a required object member without looking at nullable and fail on its null
                boolean nullObject = Boolean.TRUE.equals(property.get("nullable")) && property.containsKey("allOf")
                        && "object".equals(property.get("type"));
                if (described ? spec != null && SpecRules.required(spec) : !nullObject) {
                    required.add(rc.getName());
                }
            }
        }
        Map<String, Object> s = type("object", null);
        s.put("properties", properties);
        if (!required.isEmpty()) {
            s.put("required", required);
        }
        s.put("additionalProperties", !raw.isRecord());
        return s;
    }

    /** A record component: present in every answer, {@code null} where the value is absent (unless primitive). */
    private Map<String, Object> property(Type t) {
        Map<String, Object> s = of(t);
        if (t instanceof Class<?> c && c.isPrimitive()) {
            return s;
        }
        if (s.containsKey("$ref")) {
            // OpenAPI 3.0 lets null in only beside a type: the referred schema's own (an enum's string, an object)
            Map<String, Object> wrapped = new LinkedHashMap<>();
            Object referred = schemas.get(String.valueOf(s.get("$ref")).substring("#/components/schemas/".length()));
            Object type = referred instanceof Map<?, ?> m ? m.get("type") : null;
            wrapped.put("type", type == null ? "object" : type);
            wrapped.put("nullable", true);
            wrapped.put("allOf", List.of(s));
            return wrapped;
        }
        Map<String, Object> n = new LinkedHashMap<>(s);
        n.put("nullable", true);
        return n;
    }

    private static Map<String, Type> bindings(Class<?> raw, Type full) {
        Map<String, Type> out = new HashMap<>();
        if (full instanceof ParameterizedType p) {
            TypeVariable<?>[] vars = raw.getTypeParameters();
            for (int i = 0; i < vars.length; i++) {
                out.put(vars[i].getName(), p.getActualTypeArguments()[i]);
            }
        }
        return out;
    }

    private static Type substitute(ParameterizedType p, Map<String, Type> bound) {
        Type[] args = p.getActualTypeArguments().clone();
        boolean changed = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof TypeVariable<?> v && bound.containsKey(v.getName())) {
                args[i] = bound.get(v.getName());
                changed = true;
            }
        }
        if (!changed) {
            return p;
        }
        Type[] finalArgs = args;
        return new ParameterizedType() {
            @Override
            public Type[] getActualTypeArguments() {
                return finalArgs.clone();
            }

            @Override
            public Type getRawType() {
                return p.getRawType();
            }

            @Override
            public Type getOwnerType() {
                return p.getOwnerType();
            }

            @Override
            public boolean equals(Object o) {
                return o instanceof ParameterizedType q && q.getRawType().equals(getRawType())
                        && Arrays.equals(q.getActualTypeArguments(), finalArgs);
            }

            @Override
            public int hashCode() {
                return Arrays.hashCode(finalArgs) ^ getRawType().hashCode();
            }

            @Override
            public String getTypeName() {
                return p.getRawType().getTypeName() + Arrays.toString(finalArgs);
            }
        };
    }
}
