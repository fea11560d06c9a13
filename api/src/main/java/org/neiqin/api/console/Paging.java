package org.neiqin.api.console;

/**
 * Where a table page stands in its list.
 *
 * @param page 1-based page number
 * @param size rows per page
 * @param total rows in the whole (filtered) list; at least this many when not {@code exact}
 * @param exact false when the list was counted only up to a limit (long lists say "more than")
 * @since 0.1
 */
public record Paging(int page, int size, long total, boolean exact) {
    /** A page of a list whose size is known exactly. */
    public Paging(int page, int size, long total) {
        this(page, size, total, true);
    }

    public int pages() { return (int) Math.max(1, (total + size - 1) / size); }

    /** @return whether a page follows this one (always, while the size is only a lower bound). */
    public boolean hasNext() { return page < pages() || !exact; }

    /** @return the 0-based index of the page's first row. */
    public int offset() { return (page - 1) * size; }
}
