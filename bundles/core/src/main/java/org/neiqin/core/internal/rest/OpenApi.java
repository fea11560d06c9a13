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
@SuppressWarnings("unchecked")
final class OpenApi {
    private final JsonSchemas schemas = new JsonSchemas();

    /**
     * @param tags the installed modules by id: name and description, each the tag of its resources' operations
     * @return the document for these resource classes, sorted so that two builds compare equal
     */
    static Map<String, Object> describe(Collection<Class<?>> resources, String version, Map<String, String[]> tags) {
        return new OpenApi().document(resources, version, tags);
    }

    private Map<String, Object> document(Collection<Class<?>> resources, String version, Map<String, String[]> modules) {
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
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("title", "Neiqin 内勤 REST API");
        info.put("version", version);
        info.put("description", "Every resource of the installed Neiqin modules. HTTP Basic against the Karaf realm; "
                + "errors are application/problem+json; a write with an " + NeiqinRest.IDEMPOTENCY_KEY
                + " header is done once. Money is one form in and out: an object of a decimal string amount and an ISO 4217 currency; an amount is in the record's currency (the company's for a new record) and is never rounded: one in another currency, or with more decimals than its currency has, is refused.");
        info.put("contact", Map.of("name", "Neiqin", "url", "https://neiqin.org"));
        info.put("license", Map.of("name", "Apache License 2.0", "url", "https://www.apache.org/licenses/LICENSE-2.0"));
        doc.put("info", info);
        // a tag per module whose resources are described, named and described as the module describes itself
        java.util.TreeSet<String> used = new java.util.TreeSet<>();
        paths.values().forEach(ops -> ops.values().forEach(op -> used.addAll(
                (List<String>) ((Map<String, Object>) op).get("tags"))));
        List<Object> tags = new ArrayList<>();
        for (String t : used) {
            String[] m = modules.getOrDefault(t, new String[] {t, "The " + t + " resources"});
            Map<String, Object> tag = new LinkedHashMap<>();
            tag.put("name", t);
            tag.put("description", m[0] + (m[1] == null || m[1].isBlank() ? "" : ": " + m[1]));
            tags.add(tag);
        }
        doc.put("tags", tags);
        doc.put("servers", List.of(Map.of("url", NeiqinRest.BASE_PATH)));
        doc.put("security", List.of(Map.of("basic", List.of())));
        doc.put("paths", paths);
        doc.put("components", Map.of("schemas", schemas.components(Refusals.problem()), "responses", Refusals.all(),
                "securitySchemes", Map.of("basic", Map.of("type", "http", "scheme", "basic"))));
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

    /**
     * @return the operation's public name, unique as its method and path are: {@code GET /crm/customers/{id}} is
     *         {@code getCrmCustomersById}, {@code PUT /logistics/notes/{id}/proof} {@code putLogisticsNotesByIdProof}
     */
    static String operationId(String verb, String path) {
        StringBuilder sb = new StringBuilder(verb);
        for (String segment : path.split("[/.-]")) {
            if (segment.isEmpty()) {
                continue;
            }
            boolean parameter = segment.startsWith("{");
            String word = parameter ? segment.substring(1, segment.length() - 1) : segment;
            sb.append(parameter ? "By" : "").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return sb.toString();
    }

    /** @return what the operation does, in words: {@code planVisit} is "Plan visit" */
    static String summary(String method) {
        String words = method.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** {@code {id: \d+}} becomes {@code {id}}; no leading or trailing slash. */
    static String template(String path) {
        return path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("^/+|/+$", "");
    }

    private Map<String, Object> operation(Class<?> resource, Method m, String path) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("operationId", operationId(verb(m), path));
        op.put("summary", summary(m.getName()) + " — " + path);
        op.put("tags", List.of(path.split("/")[1].replace(".json", "")));
        // who may call it: any one of these permissions (none listed: every logged-in user), checked before the body
        PermissionFilter.required(m, resource).ifPresent(any -> op.put("x-neiqin-permissions", List.of(any)));
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
                Map<String, Object> content = new LinkedHashMap<>();
                if (file(types[i])) {
                    // a file is sent as it is, in any of the media types the method takes
                    javax.ws.rs.Consumes consumes = m.getAnnotation(javax.ws.rs.Consumes.class);
                    List<String> media = consumes == null ? List.of("application/octet-stream") : Arrays.stream(
                            consumes.value()).map(v -> v.equals("*/*") ? "application/octet-stream" : v).toList();
                    media.forEach(t -> content.put(t, Map.of("schema", BINARY)));
                } else {
                    content.put(types[i] == String.class ? "text/plain" : "application/json",
                            Map.of("schema", schemas.of(types[i])));
                }
                body.put("content", content);
                op.put("requestBody", body);
                continue;
            }
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", name);
            p.put("in", in);
            p.put("required", "path".equals(in));
            org.neiqin.api.rest.Typed typed = null;
            for (Annotation a : annotations[i]) {
                typed = a instanceof org.neiqin.api.rest.Typed t ? t : typed;
            }
            Map<String, Object> s = new LinkedHashMap<>(schemas.of(typed == null ? types[i] : typed.value()));
            s.remove("nullable");
            if (typed != null) {
                Parameters.bounds(s, typed.min(), typed.max());
            }
            if (defaultValue != null && s.containsKey("$ref")) {
                // a default beside a $ref is ignored: the reference goes into allOf
                s = new LinkedHashMap<>(Map.of("allOf", List.of(Map.copyOf(s))));
            }
            if (defaultValue != null) {
                s.put("default", defaultValue);
            }
            p.put("schema", s);
            parameters.add(p);
        }
        org.neiqin.api.rest.Lists lists = m.getAnnotation(org.neiqin.api.rest.Lists.class);
        if (lists != null) {
            // the list's own description of a parameter the method also names (offset, limit) stands
            List<Map<String, Object>> listed = new Parameters(schemas).of(lists.value());
            List<Object> names = listed.stream().map(p -> p.get("name")).collect(java.util.stream.Collectors.toList());
            parameters.removeIf(p -> names.contains(((Map<String, Object>) p).get("name")));
            parameters.addAll(listed);
        }
        if (!"get".equals(verb(m))) {
            parameters.add(Parameters.parameter(NeiqinRest.IDEMPOTENCY_KEY, JsonSchemas.type("string", null),
                    "a repeated key answers what the first request answered"));
            ((Map<String, Object>) parameters.get(parameters.size() - 1)).put("in", "header");
        }
        if (!parameters.isEmpty()) {
            op.put("parameters", parameters);
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        Answers answers = m.getAnnotation(Answers.class);
        Produces produces = m.getAnnotation(Produces.class) != null ? m.getAnnotation(Produces.class)
                : resource.getAnnotation(Produces.class);
        String media = produces == null || produces.value().length == 0 ? "application/json" : produces.value()[0];
        List<String> medias = produces == null || produces.value().length == 0 ? List.of(media) : List.of(produces.value());
        Class<?> answered = answers != null ? answers.value() : m.getReturnType();
        if (file(answered) || answered == String.class && !medias.contains("application/json")) {
            // a file, or a text such as a CSV template: its bytes in each media type the method answers with
            Map<String, Object> content = new LinkedHashMap<>();
            medias.forEach(t -> content.put(t, Map.of("schema", answered == String.class ? JsonSchemas.type("string", null)
                    : BINARY)));
            responses.put(String.valueOf(answers == null ? 200 : answers.status()), Map.of("description", "the file",
                    "content", content));
        } else if (answers != null) {
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
        // what may go wrong, each as problem details: bad input only where there is input, a missing record only
        // where the path names one, a conflict only where something is changed
        boolean input = !parameters.isEmpty() || op.containsKey("requestBody");
        if (input) {
            responses.put("400", Refusals.ref("BadRequest"));
        }
        responses.put("401", Refusals.ref("Unauthorized"));
        responses.put("403", Refusals.ref("Forbidden"));
        if (path.contains("{")) {
            responses.put("404", Refusals.ref("NotFound"));
        }
        if (!"get".equals(verb(m))) {
            responses.put("409", Refusals.ref("Conflict"));
        }
        responses.put("500", Refusals.ref("Failed"));
        responses.put("503", Refusals.ref("Busy"));
        op.put("responses", responses);
        return op;
    }

    /** A file's bytes, in and out. */
    private static final Map<String, Object> BINARY = java.util.Collections.unmodifiableMap(JsonSchemas.type("string", "binary"));

    /** @return whether a body of this type is a file's bytes rather than JSON */
    private static boolean file(Type t) {
        return t == byte[].class || t == java.io.InputStream.class || t == javax.ws.rs.core.StreamingOutput.class
                || t == java.io.File.class;
    }

}
