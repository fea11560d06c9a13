package org.neiqin.api.console;

import java.util.List;

/**
 * A row of links (actions, tabs).
 *
 * @param links in order
 * @since 0.1
 */
public record Links(List<Link> links) implements Block {
    public Links {
        links = List.copyOf(links);
    }
}
