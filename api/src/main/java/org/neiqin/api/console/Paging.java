package org.neiqin.api.console;

/**
 * Where a table page stands in its list.
 *
 * @param page 1-based page number
 * @param size rows per page
 * @param total rows in the whole (filtered) list
 * @since 0.1
 */
public record Paging(int page, int size, long total) {
    public int pages() { return (int) Math.max(1, (total + size - 1) / size); }

    /** @return the 0-based index of the page's first row. */
    public int offset() { return (page - 1) * size; }
}
