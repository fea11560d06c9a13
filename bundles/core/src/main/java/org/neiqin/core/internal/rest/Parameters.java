package org.neiqin.core.internal.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The query parameters of a list as its query record declares them ({@link org.neiqin.api.rest.Lists}): its filters
 * typed as the record's components, then the page, its size and its order; and the bounds a {@link
 * org.neiqin.api.rest.Typed} text parameter states.
 */
@SuppressWarnings("unchecked")
final class Parameters {
    private final JsonSchemas schemas;

    Parameters(JsonSchemas schemas) {
        this.schemas = schemas;
    }

    static void bounds(Map<String, Object> schema, long min, long max) {
        if (min != Long.MIN_VALUE) {
            schema.put("minimum", min);
        }
        if (max != Long.MAX_VALUE) {
            schema.put("maximum", max);
        }
    }

    /**
     * @return the parameters of a list read into {@code query} ({@link org.neiqin.api.rest.Lists}): its filters, typed
     *         as its components are, then the page, its size and its order
     */
    List<Map<String, Object>> of(Class<? extends Record> query) {
        List<Map<String, Object>> out = new ArrayList<>();
        Map<String, java.lang.reflect.RecordComponent> components = new LinkedHashMap<>();
        for (java.lang.reflect.RecordComponent c : query.getRecordComponents()) {
            components.put(c.getName(), c);
        }
        for (String filter : (List<String>) constant(query, "FILTERS")) {
            java.lang.reflect.RecordComponent c = components.get(filter.equals("q") ? "text" : filter);
            c = c != null ? c : components.get(filter + "Id");
            if (c == null) {
                throw new IllegalStateException(query.getName() + " lists the filter " + filter
                        + " but has no component of that name");
            }
            Class<?> t = c.getType();
            Map<String, Object> schema = new LinkedHashMap<>(schemas.of(t == boolean.class ? Boolean.class : t));
            schema.remove("nullable");
            if (t == Long.class || t == long.class) {
                schema.put("minimum", 1);
            }
            Object choices = choices(query, filter);
            if (choices != null) {
                // a filter that takes words of its own (archived: false, true or all)
                schema = JsonSchemas.type("string", null);
                schema.put("enum", choices);
            }
            out.add(parameter(filter, schema, filter.equals("q") ? "text searched for in the list's words" : null));
        }
        Map<String, Object> offset = JsonSchemas.type("integer", "int32");
        offset.put("minimum", 0);
        offset.put("default", 0);
        out.add(parameter("offset", offset, "rows skipped"));
        Map<String, Object> limit = JsonSchemas.type("integer", "int32");
        limit.put("minimum", 1);
        limit.put("maximum", 500);
        limit.put("default", 50);
        out.add(parameter("limit", limit, "rows answered"));
        Map<String, Object> sort = JsonSchemas.type("string", null);
        sort.put("enum", constant(query, "SORTS"));
        out.add(parameter("sort", sort, "the column the list is sorted by"));
        out.add(parameter("desc", JsonSchemas.type("boolean", null), "the other way round"));
        return out;
    }

    /** @return the words a filter takes, when its record names them ({@code ARCHIVED_CHOICES}), else null */
    private static Object choices(Class<?> query, String filter) {
        try {
            return query.getField(filter.toUpperCase(java.util.Locale.ROOT) + "_CHOICES").get(null);
        } catch (NoSuchFieldException none) {
            return null;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(query.getName() + "." + filter + "_CHOICES is not public", e);
        }
    }

    static Map<String, Object> parameter(String name, Map<String, Object> schema, String description) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("in", "query");
        p.put("required", false);
        if (description != null) {
            p.put("description", description);
        }
        p.put("schema", schema);
        return p;
    }

    private static Object constant(Class<?> type, String name) {
        try {
            java.lang.reflect.Field f = type.getField(name);
            return f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName() + " lacks public static " + name + " (see @Lists)", e);
        }
    }
}
