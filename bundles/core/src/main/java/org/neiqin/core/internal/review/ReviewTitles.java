package org.neiqin.core.internal.review;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.neiqin.api.error.Text;

/**
 * A review title as stored in {@code NQ_REVIEW.TITLE_ARGS}: the text as JSON, {@code {"k": key,
 * "e": English pattern, "a": [arguments]}}, where an argument is the string it shows or, for an enum
 * constant or a nested text, such an object again (an enum as its {@code enum.<Type>.<NAME>} key), so
 * that the reader's language still applies to every part when the review is shown.
 */
public final class ReviewTitles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReviewTitles() {
    }

    /** @return the text to store, or null for a title without a key. */
    static String encode(Text title) {
        if (title.key() == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(node(title));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a review title cannot be written as JSON", e);
        }
    }

    private static ObjectNode node(Text t) {
        ObjectNode n = JSON.createObjectNode().put("k", t.key()).put("e", t.english());
        ArrayNode args = n.putArray("a");
        for (Object a : t.args()) {
            if (a instanceof Enum) {
                Enum<?> e = (Enum<?>) a;
                args.add(node(Text.of("enum." + e.getDeclaringClass().getSimpleName() + "." + e.name(), e.name())));
            } else if (a instanceof Text && ((Text) a).key() != null) {
                args.add(node((Text) a));
            } else {
                args.add(Text.format("{0}", a));
            }
        }
        return n;
    }

    /** @return the stored title as a text: translatable where it was stored with a key. */
    public static Text decode(String english, String key, String stored) {
        if (key == null || stored == null) {
            return Text.plain(english);
        }
        try {
            return text(JSON.readTree(stored));
        } catch (JsonProcessingException | RuntimeException unreadable) {
            return Text.plain(english);
        }
    }

    private static Text text(JsonNode n) {
        List<Object> args = new ArrayList<>();
        for (JsonNode a : n.path("a")) {
            args.add(a.isObject() ? text(a) : a.asText());
        }
        return Text.of(n.path("k").asText(), n.path("e").asText(), args.toArray());
    }
}
