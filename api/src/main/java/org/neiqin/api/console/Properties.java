package org.neiqin.api.console;

import java.util.List;

/**
 * Name/value pairs, e.g. the facts on a document card.
 *
 * @param rows in order
 * @since 0.1
 */
public record Properties(List<Property> rows) implements Block {
    public Properties {
        rows = List.copyOf(rows);
    }

    /**
     * One name/value pair.
     *
     * @param name label
     * @param value value (escaped)
     */
    public record Property(String name, String value) {
    }
}
