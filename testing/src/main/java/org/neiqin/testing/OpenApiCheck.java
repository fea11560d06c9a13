package org.neiqin.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks real REST answers against the OpenAPI document Neiqin serves: the answer's status must be
 * described for its operation, and its body must have the described shape (types, formats,
 * required and nullable properties, no undescribed property where the schema closes the object,
 * enum values, array items). Covers what Neiqin's description uses, not all of OpenAPI.
 */
public final class OpenApiCheck {
    private final JsonNode doc;

    private OpenApiCheck(JsonNode doc) {
        this.doc = doc;
    }

    /** @param document the JSON of {@code /neiqin/api/openapi.json} */
    public static OpenApiCheck of(String document) {
        return new OpenApiCheck(Json.parse(document));
    }

    /** @return the path templates described, e.g. {@code /crm/customers/{id}} */
    public List<String> paths() {
        List<String> out = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(out::add);
        return out;
    }

    /**
     * @param path the path under {@code /neiqin/api}, query allowed ({@code /crm/customers/7?q=x})
     * @return what does not match the description; empty when the answer is as described
     */
    public List<String> problems(String method, String path, int status, String body) {
        List<String> out = new ArrayList<>();
        String p = path.split("\\?", 2)[0];
        String template = template(p);
        if (template == null) {
            out.add(method + " " + p + ": no path of the description matches");
            return out;
        }
        JsonNode op = doc.get("paths").get(template).get(method.toLowerCase());
        if (op == null) {
            out.add(method + " " + template + " is not described");
            return out;
        }
        JsonNode response = op.get("responses").get(String.valueOf(status));
        if (response == null && status >= 400) {
            response = op.get("responses").get("default");
        }
        if (response == null) {
            out.add(method + " " + template + ": status " + status + " is not described");
            return out;
        }
        if (response.has("$ref")) {
            // a refusal every operation shares: #/components/responses/<name>
            response = doc.get("components").get("responses").get(response.get("$ref").asText()
                    .substring("#/components/responses/".length()));
        }
        JsonNode content = response.get("content");
        if (content == null || body == null || body.isEmpty()) {
            return out;
        }
        JsonNode media = content.elements().next();
        check(media.get("schema"), Json.parse(body), method + " " + template + " " + status + " $", out);
        return out;
    }

    /** The described template matching a concrete path; a literal segment wins over a variable. */
    private String template(String path) {
        String best = null;
        int bestVars = Integer.MAX_VALUE;
        for (String t : paths()) {
            String regex = t.replaceAll("\\{[^/}]+}", "[^/]+");
            if (path.matches(regex)) {
                int vars = t.split("\\{", -1).length - 1;
                if (vars < bestVars) {
                    best = t;
                    bestVars = vars;
                }
            }
        }
        return best;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        while (s != null && s.has("$ref")) {
            String name = s.get("$ref").asText().substring("#/components/schemas/".length());
            s = doc.get("components").get("schemas").get(name);
        }
        return s;
    }

    private void check(JsonNode schema, JsonNode value, String where, List<String> out) {
        boolean nullable = schema.path("nullable").asBoolean(false);
        if (schema.has("allOf")) {
            if (value.isNull() && nullable) {
                return;
            }
            for (JsonNode s : schema.get("allOf")) {
                check(s, value, where, out);
            }
            return;
        }
        JsonNode s = resolve(schema);
        nullable |= s.path("nullable").asBoolean(false);
        if (value.isNull()) {
            if (!nullable && s.size() > 0) {
                out.add(where + ": null where the description does not allow it");
            }
            return;
        }
        String type = s.path("type").asText("");
        switch (type) {
            case "object":
                if (!value.isObject()) {
                    out.add(where + ": not an object: " + value);
                    return;
                }
                JsonNode props = s.path("properties");
                for (JsonNode r : s.path("required")) {
                    if (!value.has(r.asText())) {
                        out.add(where + ": lacks the required " + r.asText());
                    }
                }
                Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> f = fields.next();
                    if (props.has(f.getKey())) {
                        check(props.get(f.getKey()), f.getValue(), where + "." + f.getKey(), out);
                    } else if (s.path("additionalProperties").isObject()) {
                        check(s.get("additionalProperties"), f.getValue(), where + "." + f.getKey(), out);
                    } else if (s.has("additionalProperties") && !s.get("additionalProperties").asBoolean(true)) {
                        out.add(where + ": has " + f.getKey() + ", which the description does not name");
                    }
                }
                return;
            case "array":
                if (!value.isArray()) {
                    out.add(where + ": not an array: " + value);
                    return;
                }
                int i = 0;
                for (JsonNode item : value) {
                    check(s.path("items"), item, where + "[" + i++ + "]", out);
                }
                return;
            case "string":
                if (!value.isTextual()) {
                    out.add(where + ": not a string: " + value);
                    return;
                }
                format(s.path("format").asText(""), value.asText(), where, out);
                if (s.has("enum")) {
                    boolean known = false;
                    for (JsonNode e : s.get("enum")) {
                        known |= e.asText().equals(value.asText());
                    }
                    if (!known) {
                        out.add(where + ": " + value.asText() + " is not one of " + s.get("enum"));
                    }
                }
                return;
            case "integer":
                if (!value.isIntegralNumber()) {
                    out.add(where + ": not an integer: " + value);
                }
                return;
            case "number":
                if (!value.isNumber()) {
                    out.add(where + ": not a number: " + value);
                }
                return;
            case "boolean":
                if (!value.isBoolean()) {
                    out.add(where + ": not a boolean: " + value);
                }
                return;
            default:
                // {}: any value
        }
    }

    private static void format(String format, String text, String where, List<String> out) {
        try {
            switch (format) {
                case "date":
                    LocalDate.parse(text);
                    break;
                case "date-time":
                    Instant.parse(text);
                    break;
                case "decimal":
                    new BigDecimal(text);
                    break;
                default:
            }
        } catch (RuntimeException e) {
            out.add(where + ": " + text + " is not a " + format);
        }
    }
}
