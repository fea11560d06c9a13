package org.neiqin.core.internal.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.neiqin.api.rest.NeiqinRest;

/**
 * How a call is refused, as the REST description says it: each status's answer ({@code components.responses}), all
 * of them problem details ({@code Problem}) with a {@code code}.
 */
final class Refusals {
    private Refusals() {
    }

    static Map<String, Object> ref(String name) {
        return Map.of("$ref", "#/components/responses/" + name);
    }

    /** The answers of a refused or failed call, each problem details with its {@code code}. */
    static Map<String, Object> all() {
        Map<String, Object> out = new TreeMap<>();
        Map<String, Object> content = Map.of(NeiqinRest.PROBLEM_JSON, Map.of("schema", JsonSchemas.ref("Problem")));
        out.put("BadRequest", Map.of("description", "bad input, code validation: every refused field in errors "
                + "(field, rule, message); nothing was changed", "content", content));
        out.put("Unauthorized", Map.of("description", "code unauthenticated: no login, or a wrong one (HTTP Basic against "
                + "the Karaf realm)",
                "content", content));
        out.put("Forbidden", Map.of("description", "code forbidden: the user's roles do not hold the permission",
                "content", content));
        out.put("NotFound", Map.of("description", "code not-found: no such record", "content", content));
        out.put("Conflict", Map.of("description", "the record does not allow this now; code names the rule: stale "
                + "(changed meanwhile: load it again), state (not in a state that allows the step), duplicate, "
                + "fourEyes (the one who prepared it cannot decide it), or a module's own rule (paymentGate, "
                + "carrierNotScreened, licence…); nothing was changed", "content", content));
        out.put("Failed", Map.of("description", "code internal: the server failed; the error is logged", "content",
                content));
        out.put("Busy", Map.of("description", "code busy: the database is busy or restarting; send the same request "
                + "again (with its " + NeiqinRest.IDEMPOTENCY_KEY + " a write is still done once)", "headers",
                Map.of("Retry-After", Map.of("description", "seconds to wait", "schema", JsonSchemas.type("integer",
                        "int32"))), "content", content));
        return out;
    }

    static Map<String, Object> problem() {
        Map<String, Object> error = JsonSchemas.type("object", null);
        error.put("properties", Map.of("field", JsonSchemas.type("string", null), "rule", JsonSchemas.type("string", null),
                "message", JsonSchemas.type("string", null)));
        Map<String, Object> s = JsonSchemas.type("object", null);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("type", JsonSchemas.type("string", null));
        props.put("title", JsonSchemas.type("string", null));
        props.put("status", JsonSchemas.type("integer", "int32"));
        props.put("detail", JsonSchemas.type("string", null));
        Map<String, Object> code = JsonSchemas.type("string", null);
        code.put("description", "what went wrong, for a program: validation, unauthenticated, forbidden, not-found, stale, "
                + "state, busy, internal, or a module's rule (see each answer)");
        props.put("code", code);
        props.put("errors", JsonSchemas.array(error));
        s.put("properties", props);
        s.put("description", "RFC 7807 problem details with the fields a module's check refused");
        return s;
    }
}
