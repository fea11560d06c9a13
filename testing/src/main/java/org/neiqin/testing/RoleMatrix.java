package org.neiqin.testing;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The role matrix of the REST API, generated from the OpenAPI document Neiqin serves: every operation is sent as
 * every test user ({@link Users#ALL}), and each answer is set against the permissions the operation declares
 * ({@code x-neiqin-permissions}) and the roles holding them. Path parameters name a record that does not exist and
 * bodies are empty JSON objects, so an operation let through answers 400, 404 or 409 and changes nothing; a caller
 * without the permission must be answered 403 by the permission gate, and one with it must never meet a refusal
 * for a lacking permission further in (the service checking another permission than the operation declares).
 */
public final class RoleMatrix {
    /** A path parameter's value: no record has it. */
    static final String NO_SUCH_RECORD = "987654321";

    /**
     * What the matrix found.
     *
     * @param requests how many were sent
     * @param answers how many of each kind of answer ({@code through}, {@code gate 403}, {@code service 403}, ...)
     * @param unexpected each answer that is not what the operation's permissions and the user's roles say
     */
    public record Result(int requests, int operations, Map<String, Integer> answers, List<String> unexpected) {
    }

    private RoleMatrix() {
    }

    /** @return for each permission the installed modules declare, the roles their descriptors give it */
    public static Map<String, Set<String>> holders(org.neiqin.api.module.ModuleRegistry registry) {
        Map<String, Set<String>> holders = new java.util.HashMap<>();
        for (org.neiqin.api.module.ModuleInfo m : registry.modules()) {
            for (org.neiqin.api.module.PermissionDef p : m.descriptor().permissions()) {
                holders.put(p.name(), p.defaultRoles());
            }
        }
        return holders;
    }

    /**
     * @param openapi the JSON of {@code /neiqin/api/openapi.json}
     * @param holders for each permission, the roles that hold it ({@code neiqin-manager}, ...)
     */
    public static Result rest(String openapi, Map<String, Set<String>> holders) {
        JsonNode doc = Json.parse(openapi);
        Map<String, Integer> answers = new java.util.concurrent.ConcurrentSkipListMap<>();
        List<String> unexpected = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<java.util.concurrent.Callable<Void>> sends = new ArrayList<>();
        int operations = 0;
        Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields();
            while (ops.hasNext()) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                operations++;
                String address = "/neiqin/api" + path.getKey().replaceAll("\\{[^}]+}", NO_SUCH_RECORD);
                String name = method + " " + path.getKey();
                JsonNode declared = op.getValue().get("x-neiqin-permissions");
                if (declared == null || !declared.isArray()) {
                    unexpected.add(name + ": declares no permission (x-neiqin-permissions)");
                    continue;
                }
                List<String> permissions = new ArrayList<>();
                // a permission of a module not installed is not asked for (the gate skips it)
                declared.forEach(p -> {
                    if (holders.containsKey(p.asText())) {
                        permissions.add(p.asText());
                    }
                });
                String[] body = body(op.getValue());
                for (String[] user : Users.ALL) {
                    String[] password = user[1].split(",");
                    Set<String> roles = new java.util.HashSet<>(List.of(password).subList(1, password.length));
                    boolean allowed = permissions.isEmpty() || permissions.stream().anyMatch(p -> holders
                            .getOrDefault(p, Set.of()).stream().anyMatch(roles::contains));
                    sends.add(() -> {
                        HttpResponse<String> answer = Http.as(user[0], password[0]).send(method, address, body[0], body[1]);
                        String kind = kind(answer);
                        answers.merge(kind, 1, Integer::sum);
                        boolean fine = allowed ? kind.equals("through") : kind.equals("gate 403");
                        if (!fine) {
                            unexpected.add(name + " as " + user[0] + " (" + (allowed ? "holds " : "lacks ") + permissions
                                    + "): " + answer.statusCode() + " " + answer.body().substring(0, Math.min(240,
                                            answer.body().length())));
                        }
                        return null;
                    });
                }
            }
        }
        // four at a time, as a small office would: the requests change nothing, so their order does not matter
        Together.run(sends, 4);
        List<String> sorted = new ArrayList<>(unexpected);
        java.util.Collections.sort(sorted);
        return new Result(sends.size(), operations, answers, sorted);
    }

    /** @return the content type and the body to send: an empty JSON object, an empty text or file; none for no body */
    private static String[] body(JsonNode op) {
        JsonNode content = op.path("requestBody").path("content");
        if (!content.fieldNames().hasNext()) {
            return new String[] {null, null};
        }
        String type = content.fieldNames().next();
        return new String[] {type, type.equals("application/json") ? "{}" : ""};
    }

    /**
     * @return {@code gate 403} (refused by the permission gate), {@code service 403} (a lacking permission found
     *         further in), {@code through} (any other answer below 500 but 401), else the status
     */
    private static String kind(HttpResponse<String> answer) {
        int status = answer.statusCode();
        if (status == 403) {
            if (answer.body().contains("\"permissions\"")) {
                return "gate 403";
            }
            return answer.body().contains("lacks the permission") ? "service 403" : "through";
        }
        return status >= 500 || status == 401 ? String.valueOf(status) : "through";
    }
}
