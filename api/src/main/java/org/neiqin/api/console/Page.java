package org.neiqin.api.console;

import java.util.ArrayList;
import java.util.List;

/**
 * What a console page shows.
 *
 * @param title the page heading
 * @param blocks its content in order
 * @since 0.1
 */
public record Page(String title, List<Block> blocks) {
    public Page {
        blocks = List.copyOf(blocks);
    }

    public static Page of(String title, Block... blocks) { return new Page(title, List.of(blocks)); }

    /** @return a copy with {@code more} appended. */
    public Page with(Block... more) {
        List<Block> all = new ArrayList<>(blocks);
        all.addAll(List.of(more));
        return new Page(title, all);
    }
}
