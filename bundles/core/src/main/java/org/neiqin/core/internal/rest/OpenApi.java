package org.neiqin.core.internal.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.ws.rs.CookieParam;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.FormParam;
import javax.ws.rs.GET;
import javax.ws.rs.HEAD;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;

import org.neiqin.api.money.Money;
import org.neiqin.api.rest.Answers;
import org.neiqin.api.rest.NeiqinRest;

/**
 * The OpenAPI 3.0 description of the Neiqin REST application, made from the resource classes
 * themselves: paths and operations from the JAX-RS annotations, request and answer bodies from the
 * Java types (records and enums as the JSON mapping writes them: money as {@code amount} string and
 * {@code currency}, dates ISO strings, nulls written), every error as {@code application/problem+json}.
 * A method returning {@code Response} names its body with {@link Answers}.
 */
final class OpenApi {
    private final Map<String, Object> schemas = new TreeMap<>();
    private final Map<String, Type> named = new HashMap<>();

    /** @return the document for these resource classes, sorted so that two builds compare equal */
    static Map<String, Object> describe(Collection<Class<?>> resources, String version) {
        return new OpenApi().document(resources, version);
    }

    private Map<String, Object> document(Collection<Class<?>> resources, String version) {
        Map<String, Map<String, Object>> paths = new TreeMap<>();
        List<Class<?>> sorted = new ArrayList<>(resources);
        sorted.sort(Comparator.comparing(Class::getName));
        for (Class<?> r : sorted) {
            Path base = r.getAnnotation(Path.class);
            if (base == null) {
                continue;
            }
            Method[] methods = r.getMethods();
            Arrays.sort(methods, Comparator.comparing(Method::getName).thenComparing(Method::toGenericString));
            for (Method m : methods) {
                String verb = verb(m);
                if (verb == null || m.isBridge() || Modifier.isStatic(m.getModifiers())) {
                    continue;
                }
                Path sub = m.getAnnotation(Path.class);
                String path = "/" + template(base.value()) + (sub == null ? "" : "/" + template(sub.value()));
                path = path.replaceAll("/+", "/").replaceAll("(.)/$", "$1");
                paths.computeIfAbsent(path, p -> new TreeMap<>()).put(verb, operation(r, m, path));
            }
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "Neiqin 内勤 REST API", "version", version, "description",
                "Every resource of the installed Neiqin modules. HTTP Basic against the Karaf realm; errors are "
                        + "application/problem+json; a write with an " + NeiqinRest.IDEMPOTENCY_KEY
                        + " header is done once."));
        doc.put("servers", List.of(Map.of("url", NeiqinRest.BASE_PATH)));
        doc.put("security", List.of(Map.of("basic", List.of())));
        doc.put("paths", paths);
        schemas.put("Problem", problem());
        doc.put("components", Map.of("schemas", schemas, "securitySchemes",
                Map.of("basic", Map.of("type", "http", "scheme", "basic"))));
        return doc;
    }

    private static String verb(Method m) {
        if (m.isAnnotationPresent(GET.class)) {
            return "get";
        }
        if (m.isAnnotationPresent(POST.class)) {
            return "post";
        }
        if (m.isAnnotationPresent(PUT.class)) {
            return "put";
        }
        if (m.isAnnotationPresent(DELETE.class)) {
            return "delete";
        }
        if (m.isAnnotationPresent(PATCH.class)) {
            return "patch";
        }
        return m.isAnnotationPresent(HEAD.class) ? "head" : null;
    }

    /** {@code {id: \d+}} becomes {@code {id}}; no leading or trailing slash. */
    static String template(String path) {
        return path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("^/+|/+$", "");
    }

    private Map<String, Object> operation(Class<?> resource, Method m, String path) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("operationId", resource.getSimpleName() + "." + m.getName());
        op.put("tags", List.of(path.split("/")[1]));
        List<Object> parameters = new ArrayList<>();
        Annotation[][] annotations = m.getParameterAnnotations();
        Type[] types = m.getGenericParameterTypes();
        for (int i = 0; i < types.length; i++) {
            String in = null;
            String name = null;
            String defaultValue = null;
            boolean context = false;
            for (Annotation a : annotations[i]) {
                if (a instanceof PathParam) {
                    in = "path";
                    name = ((PathParam) a).value();
                } else if (a instanceof QueryParam) {
                    in = "query";
                    name = ((QueryParam) a).value();
                } else if (a instanceof HeaderParam) {
                    in = "header";
                    name = ((HeaderParam) a).value();
                } else if (a instanceof CookieParam || a instanceof FormParam || a instanceof Context) {
                    context = true;
                } else if (a instanceof DefaultValue) {
                    defaultValue = ((DefaultValue) a).value();
                }
            }
            if (context) {
                continue;
            }
            if (in == null) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("required", true);
                String media = types[i] == String.class ? "text/plain" : "application/json";
                body.put("content", Map.of(media, Map.of("schema", schema(types[i]))));
                op.put("requestBody", body);
                continue;
            }
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", name);
            p.put("in", in);
            p.put("required", "path".equals(in));
            Map<String, Object> s = new LinkedHashMap<>(schema(types[i]));
            s.remove("nullable");
            if (defaultValue != null) {
                s.put("default", defaultValue);
            }
            p.put("schema", s);
            parameters.add(p);
        }
        if (!"get".equals(verb(m))) {
            parameters.add(Map.of("name", NeiqinRest.IDEMPOTENCY_KEY, "in", "header", "required", false,
                    "description", "a repeated key answers what the first request answered", "schema",
                    Map.of("type", "string")));
        }
        if (!parameters.isEmpty()) {
            op.put("parameters", parameters);
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        Answers answers = m.getAnnotation(Answers.class);
        Produces produces = m.getAnnotation(Produces.class) != null ? m.getAnnotation(Produces.class)
                : resource.getAnnotation(Produces.class);
        String media = produces == null || produces.value().length == 0 ? "application/json" : produces.value()[0];
        if (answers != null) {
            Map<String, Object> ok = new LinkedHashMap<>();
            ok.put("description", "done");
            if (answers.value() != Void.class) {
                Map<String, Object> s = schema(answers.value());
                ok.put("content", Map.of(media, Map.of("schema", answers.list() ? array(s) : s)));
            }
            responses.put(String.valueOf(answers.status()), ok);
        } else if (m.getReturnType() == Response.class) {
            // the module's conformance test names the method; the rest of the document stays whole
            responses.put("200", Map.of("description", "not described: the method returns a Response without @Answers"));
        } else if (m.getReturnType() == void.class) {
            responses.put("204", Map.of("description", "done"));
        } else {
            responses.put("200", Map.of("description", "done", "content",
                    Map.of(media, Map.of("schema", schema(m.getGenericReturnType())))));
        }
        responses.put("default", Map.of("description", "refused: 400 bad input (errors per field), 401, 403, 404, "
                + "409 conflict, 503 busy (send again)", "content",
                Map.of(NeiqinRest.PROBLEM_JSON, Map.of("schema", ref("Problem")))));
        op.put("responses", responses);
        return op;
    }

    private static Map<String, Object> array(Map<String, Object> items) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("type", "array");
        a.put("items", items);
        return a;
    }

    private static Map<String, Object> ref(String name) {
        return Map.of("$ref", "#/components/schemas/" + name);
    }

    private static Map<String, Object> type(String type, String format) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", type);
        if (format != null) {
            s.put("format", format);
        }
        return s;
    }

    /** @return the schema of a Java type as the JSON mapping writes it */
    Map<String, Object> schema(Type t) {
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
                return array(schema(c.getComponentType()));
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
                return array(schema(args[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                Map<String, Object> s = type("object", null);
                s.put("additionalProperties", schema(args[1]));
                return s;
            }
            if (raw == Optional.class) {
                return schema(args[0]);
            }
            return named(raw, p);
        }
        if (t instanceof GenericArrayType g) {
            return array(schema(g.getGenericComponentType()));
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

    private static String name(Class<?> raw, Type full) {
        StringBuilder sb = new StringBuilder(simple(raw));
        if (full instanceof ParameterizedType p) {
            for (Type a : p.getActualTypeArguments()) {
                sb.append(a instanceof Class<?> c ? "Of" + simple(c) : "OfAny");
            }
        }
        return sb.toString();
    }

    /** {@code Outer.Inner} for a nested type: two modules' {@code Report}s keep apart. */
    private static String simple(Class<?> c) {
        return c.getEnclosingClass() == null ? c.getSimpleName() : simple(c.getEnclosingClass()) + "." + c.getSimpleName();
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
            s.put("description", "an amount of money; the amount is a decimal string, so no client rounds it");
            s.put("properties", Map.of("amount", type("string", "decimal"), "currency", type("string", null)));
            s.put("required", List.of("amount", "currency"));
            s.put("additionalProperties", false);
            return s;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        if (raw.isRecord()) {
            Map<String, Type> bound = bindings(raw, full);
            for (RecordComponent rc : raw.getRecordComponents()) {
                Type ct = rc.getGenericType();
                if (ct instanceof TypeVariable<?> v && bound.containsKey(v.getName())) {
                    ct = bound.get(v.getName());
                } else if (ct instanceof ParameterizedType pt) {
                    ct = substitute(pt, bound);
                }
                properties.put(rc.getName(), property(ct));
                required.add(rc.getName());
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
        Map<String, Object> s = schema(t);
        if (t instanceof Class<?> c && c.isPrimitive()) {
            return s;
        }
        if (s.containsKey("$ref")) {
            Map<String, Object> wrapped = new LinkedHashMap<>();
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

    private static Map<String, Object> problem() {
        Map<String, Object> error = type("object", null);
        error.put("properties", Map.of("field", type("string", null), "rule", type("string", null), "message",
                type("string", null)));
        Map<String, Object> s = type("object", null);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("type", type("string", null));
        props.put("title", type("string", null));
        props.put("status", type("integer", "int32"));
        props.put("detail", type("string", null));
        props.put("code", type("string", null));
        props.put("errors", array(error));
        s.put("properties", props);
        s.put("description", "RFC 7807 problem details with the fields a module's check refused");
        return s;
    }
}
