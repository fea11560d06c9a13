package org.neiqin.kit.store;

import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An audit entry's values (a JSON object of field → value) without the fields a reader may not see. A class of its
 * own so that {@link Store} loads Jackson only when a history is read this way (a module's unit tests have none).
 */
final class HiddenFields {
    private static final ObjectMapper VALUES = new ObjectMapper();

    private HiddenFields() {
    }

    /** @return {@code values} without {@code hidden}; {@code null} stays {@code null} */
    static String without(String values, Set<String> hidden) {
        if (values == null || values.isBlank()) {
            return values;
        }
        try {
            JsonNode n = VALUES.readTree(values);
            if (!(n instanceof ObjectNode o)) {
                return values;
            }
            o.remove(hidden);
            return VALUES.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            // not JSON (an entry written by hand): shown as it is, unless it names a hidden field
            return hidden.stream().anyMatch(values::contains) ? "{}" : values;
        }
    }
}
