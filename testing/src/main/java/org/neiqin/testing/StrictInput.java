package org.neiqin.testing;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a careless or hostile client sends to a module's create and list resources, and what it must
 * get: a 400 naming the field or parameter, 401 without a login whatever the path or method, and
 * nothing stored. A module's Pax Exam test covers its resources with one call.
 */
public final class StrictInput {
    private StrictInput() {
    }

    /**
     * @param user who sends the requests (may create)
     * @param list the list resource, which is also where records are created ({@code POST}), e.g.
     *        {@code /neiqin/api/crm/customers}
     * @param valid a body that would be created
     * @param textField a top-level text field of the body, or null
     * @param choiceField a top-level choice (enum) field of the body, or null
     * @param moreBadParameters list parameters of this list that must be refused, e.g. {@code archived=perhaps}
     * @return every case that was not refused as it should be; empty when all were
     */
    public static List<String> problems(String user, String list, String valid, String textField, String choiceField,
            String... moreBadParameters) {
        Http http = Http.as(user);
        List<String> out = new ArrayList<>();
        long before = total(http, list);
        ObjectNode body = (ObjectNode) Json.parse(valid);
        if (textField != null) {
            expect(out, http.post(list, "application/json", with(body, textField, "12345")), 400, textField,
                    "a number for the text " + textField);
            expect(out, http.post(list, "application/json", with(body, textField, "\"NUL\\u0000字\"")), 400, textField,
                    "a NUL character in the text " + textField);
            String twice = valid.replaceFirst("\\{", "{\"" + textField + "\": \"twice\", ");
            expect(out, http.post(list, "application/json", twice), 400, textField, textField + " given twice");
        }
        if (choiceField != null) {
            expect(out, http.post(list, "application/json", with(body, choiceField, "1")), 400, choiceField,
                    "a choice by its number");
            expect(out, http.post(list, "application/json", with(body, choiceField, "\"NO_SUCH_CHOICE\"")), 400,
                    choiceField, "an unknown choice");
        }
        expect(out, http.post(list, "application/json", valid + " {}"), 400, "body", "a second document after the first");
        String deep = "[".repeat(100) + "]".repeat(100);
        expect(out, http.post(list, "application/json", "{\"x\": " + deep + "}"), 400, null, "a document 100 levels deep");
        HttpResponse<String> search = http.get(list + "?q=%25");
        if (search.statusCode() != 200 || Json.parse(search.body()).path("total").asLong(-1) == before && before > 0) {
            out.add("a search for % lists everything (a wildcard, not the character): " + search.body());
        }
        List<String> bad = new ArrayList<>(List.of("limit=0", "limit=-5", "limit=501", "limit=ten", "offset=-1",
                "sort=noSuchColumn", "desc=maybe", "colour=red"));
        bad.addAll(List.of(moreBadParameters));
        for (String p : bad) {
            expect(out, http.get(list + "?" + p), 400, p.substring(0, p.indexOf('=')), "list parameter " + p);
        }
        Http anonymous = Http.as(null);
        for (String[] r : new String[][] {{"GET", list}, {"POST", list}, {"OPTIONS", list}, {"DELETE", list},
            {"GET", "/neiqin/api/no/such/resource"}, {"POST", "/neiqin/api/no/such/resource"}}) {
            HttpResponse<String> a = anonymous.send(r[0], r[1], r[0].equals("POST") ? "application/json" : null,
                    r[0].equals("POST") ? valid : null);
            if (a.statusCode() != 401) {
                out.add("anonymous " + r[0] + " " + r[1] + ": " + a.statusCode() + " instead of 401");
            }
        }
        long after = total(http, list);
        if (after != before) {
            out.add("refused requests stored something: the list had " + before + " rows, now " + after);
        }
        return out;
    }

    /**
     * For a module's smaller lists and reports (a customer's visits, a statistics table): each address
     * must be refused with a 400 naming its first query parameter.
     *
     * @param addresses e.g. {@code /neiqin/api/crm/follow-ups/visits?customer=abc}
     * @return every address that was not refused as it should be; empty when all were
     */
    public static List<String> refusals(String user, String... addresses) {
        Http http = Http.as(user);
        List<String> out = new ArrayList<>();
        for (String address : addresses) {
            String query = address.substring(address.indexOf('?') + 1);
            String param = query.substring(0, query.indexOf('='));
            expect(out, http.get(address), 400, param, address);
        }
        return out;
    }

    private static String with(ObjectNode body, String field, String rawValue) {
        JsonNode value = Json.parse(rawValue);
        ObjectNode copy = body.deepCopy();
        copy.set(field, value);
        return Json.write(copy);
    }

    private static long total(Http http, String list) {
        HttpResponse<String> r = http.get(list + "?limit=1");
        return Json.parse(r.body()).path("total").asLong(-1);
    }

    private static void expect(List<String> out, HttpResponse<String> r, int status, String field, String what) {
        if (r.statusCode() != status) {
            out.add(what + ": " + r.statusCode() + " instead of " + status + " " + r.body());
            return;
        }
        if (field != null) {
            JsonNode errors = Json.parse(r.body()).path("errors");
            boolean named = false;
            for (JsonNode e : errors) {
                named |= field.equals(e.path("field").asText());
            }
            if (!named) {
                out.add(what + ": the refusal does not name " + field + ": " + r.body());
            }
        }
    }
}
