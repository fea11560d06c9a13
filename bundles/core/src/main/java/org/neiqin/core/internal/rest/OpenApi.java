package org.neiqin.core.internal.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final JsonSchemas schemas = new JsonSchemas();

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
        doc.put("components", Map.of("schemas", schemas.components(problem()), "securitySchemes",
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
                body.put("content", Map.of(media, Map.of("schema", schemas.of(types[i]))));
                op.put("requestBody", body);
                continue;
            }
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", name);
            p.put("in", in);
            p.put("required", "path".equals(in));
            Map<String, Object> s = new LinkedHashMap<>(schemas.of(types[i]));
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
                Map<String, Object> s = schemas.of(answers.value());
                ok.put("content", Map.of(media, Map.of("schema", answers.list() ? JsonSchemas.array(s) : s)));
            }
            responses.put(String.valueOf(answers.status()), ok);
        } else if (m.getReturnType() == Response.class) {
            // the module's conformance test names the method; the rest of the document stays whole
            responses.put("200", Map.of("description", "not described: the method returns a Response without @Answers"));
        } else if (m.getReturnType() == void.class) {
            responses.put("204", Map.of("description", "done"));
        } else {
            responses.put("200", Map.of("description", "done", "content",
                    Map.of(media, Map.of("schema", schemas.of(m.getGenericReturnType())))));
        }
        responses.put("default", Map.of("description", "refused: 400 bad input (errors per field), 401, 403, 404, "
                + "409 conflict, 503 busy (send again)", "content",
                Map.of(NeiqinRest.PROBLEM_JSON, Map.of("schema", JsonSchemas.ref("Problem")))));
        op.put("responses", responses);
        return op;
    }

    private static Map<String, Object> problem() {
        Map<String, Object> error = JsonSchemas.type("object", null);
        error.put("properties", Map.of("field", JsonSchemas.type("string", null), "rule", JsonSchemas.type("string", null),
                "message", JsonSchemas.type("string", null)));
        Map<String, Object> s = JsonSchemas.type("object", null);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("type", JsonSchemas.type("string", null));
        props.put("title", JsonSchemas.type("string", null));
        props.put("status", JsonSchemas.type("integer", "int32"));
        props.put("detail", JsonSchemas.type("string", null));
        props.put("code", JsonSchemas.type("string", null));
        props.put("errors", JsonSchemas.array(error));
        s.put("properties", props);
        s.put("description", "RFC 7807 problem details with the fields a module's check refused");
        return s;
    }
}
