package org.neiqin.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON read as JSON in the tests: a field is found by its name and compared by its value, whatever
 * the order of the fields ({@code "revision":1} never matches a revision 10).
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /**
     * @param amount as a client writes it, e.g. {@code 4000} or {@code 23.50}
     * @return money in the one form REST takes and gives: {@code {"amount": "4000", "currency": "CNY"}}
     */
    public static String money(Object amount) {
        return "{\"amount\": \"" + amount + "\", \"currency\": \"CNY\"}";
    }

    /** @throws AssertionError naming the text when it is not JSON */
    public static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    /** @return the node at {@code path} ({@code /rows/0/code}), failing with the whole text when it is missing */
    public static JsonNode at(String text, String path) {
        JsonNode n = parse(text).at(path);
        if (n.isMissingNode()) {
            throw new AssertionError(path + " is not in " + text);
        }
        return n;
    }

    /** @return a JSON string of {@code value} (a record, a map, a list) */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
