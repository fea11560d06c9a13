package org.neiqin.core.internal.console;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;
import org.neiqin.api.console.Cell;
import org.neiqin.api.console.Table;

public class CsvTest {
    private static final String BOM = "\uFEFF";

    private static String csv(List<String> columns, List<List<String>> rows) {
        List<List<Cell>> cells = rows.stream().map(r -> r.stream().map(Cell::of).toList()).toList();
        return Csv.of(new Table(columns, cells, null, "export"));
    }

    @Test
    public void headerAndRowsWithBom() {
        String out = csv(List.of("No.", "Customer", "Amount"),
                List.of(List.of("SO-1", "ACME", "100.00"), List.of("SO-2", "上海贸易", "-12.50")));
        assertTrue(out.startsWith(BOM));
        assertEquals(BOM + "No.,Customer,Amount\r\nSO-1,ACME,100.00\r\nSO-2,上海贸易,-12.50\r\n", out);
    }

    @Test
    public void emptyTableIsJustTheHeader() {
        assertEquals(BOM + "A,B\r\n", csv(List.of("A", "B"), List.of()));
    }

    @Test
    public void fieldsWithCommaQuoteOrNewlineAreQuoted() {
        String out = csv(List.of("v"), List.of(List.of("a,b"), List.of("say \"hi\""), List.of("line1\nline2"),
                List.of("cr\rhere"), List.of("plain")));
        assertEquals(BOM + "v\r\n\"a,b\"\r\n\"say \"\"hi\"\"\"\r\n\"line1\nline2\"\r\n\"cr\rhere\"\r\nplain\r\n", out);
    }

    @Test
    public void formulaHeadersAreDefusedToo() {
        String out = csv(List.of("=cmd"), List.of(List.of("ok")));
        assertEquals(BOM + "'=cmd\r\nok\r\n", out);
    }

    @Test
    public void nullAndEmptyBecomeEmptyFields() {
        assertEquals(BOM + "a,b\r\n,x\r\n", csv(List.of("a", "b"), List.of(java.util.Arrays.asList(null, "x"))));
    }
}
