package org.neiqin.api.console;

import java.util.List;

/**
 * A table. With {@code paging}, the toolkit draws page links that keep the current filters; with
 * an {@code exportName}, it offers a CSV download of the whole filtered list (the page is asked
 * again with {@link PageRequest#isExport()} true, and the export is audited).
 *
 * @param columns column titles
 * @param rows rows of cells, as many as columns
 * @param paging optional
 * @param exportName optional file name (without {@code .csv}) that turns on CSV export
 * @param sorts per column, its sort key or {@code null}; empty for a table not sorted by its headers (since 0.8)
 * @since 0.1
 */
public record Table(List<String> columns, List<List<Cell>> rows, Paging paging, String exportName, List<String> sorts)
        implements Block {
    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (List<Cell> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + r.size() + " cells for " + columns.size() + " columns");
            }
        }
        sorts = sorts == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(sorts));
        if (!sorts.isEmpty() && sorts.size() != columns.size()) {
            throw new IllegalArgumentException(sorts.size() + " sort keys for " + columns.size() + " columns");
        }
    }

    public Table(List<String> columns, List<List<Cell>> rows, Paging paging, String exportName) {
        this(columns, rows, paging, exportName, List.of());
    }

    /**
     * @param keys per column, the {@code sort} value the page's list takes for it, or {@code null} where the
     *        list is not sorted by that column
     * @return this table with sortable column headers: a click sorts by the column, a second click the other
     *         way ({@code ?sort=<key>&desc=true}), the current sort marked
     * @since 0.8
     */
    public Table sortedBy(List<String> keys) {
        return new Table(columns, rows, paging, exportName, keys);
    }
}
