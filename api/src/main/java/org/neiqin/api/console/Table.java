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
 * @since 0.1
 */
public record Table(List<String> columns, List<List<Cell>> rows, Paging paging, String exportName) implements Block {
    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (List<Cell> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + r.size() + " cells for " + columns.size() + " columns");
            }
        }
    }
}
