package org.neiqin.core.internal.console;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.Test;
import org.neiqin.api.console.Cell;
import org.neiqin.api.console.Table;

public class XlsxTest {
    private static List<Row> read(byte[] xlsx) throws Exception {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return wb.getFirstSheet().openStream().collect(Collectors.toList());
        }
    }

    @Test
    public void theWorkbookHoldsTheCsvRowsWithNumbersAsNumbersDatesAsDatesAndFormulasAsText() throws Exception {
        Table t = new Table(List.of("编号", "客户", "金额", "日期", "更新", "备注"), List.of(
                List.of(Cell.of("C00001"), Cell.of("沈阳北方机械制造有限公司"), Cell.of("359800.00"), Cell.of("2026-12-03"),
                        Cell.of("2026-12-03T07:30:01.240Z"), Cell.of("=HYPERLINK(\"http://x\")")),
                List.of(Cell.of("00123"), Cell.of("Acme, Ltd."), Cell.of("-5"), Cell.of("2026-13-45"), Cell.of(""),
                        Cell.of("@SUM(A1)"))), null, "customers");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Xlsx.write(t, "customers", out);
        List<Row> rows = read(out.toByteArray());

        List<List<String>> csv = new ArrayList<>();
        for (String line : Csv.of(t).substring(1).split("\r\n")) {
            csv.add(List.of(line));
        }
        assertEquals("as many rows as the CSV, header included", csv.size(), rows.size());
        assertEquals("编号", rows.get(0).getCellText(0));
        assertEquals("沈阳北方机械制造有限公司", rows.get(1).getCellText(1));

        assertEquals(CellType.NUMBER, rows.get(1).getCell(2).getType());
        assertEquals(0, new BigDecimal("359800.00").compareTo(rows.get(1).getCell(2).asNumber()));
        assertEquals(LocalDateTime.of(2026, 12, 3, 0, 0), rows.get(1).getCell(3).asDate());
        assertEquals(LocalDateTime.of(2026, 12, 3, 7, 30, 1, 240_000_000), rows.get(1).getCell(4).asDate());
        assertEquals("a formula-like text is only text", CellType.STRING, rows.get(1).getCell(5).getType());
        assertNull(rows.get(1).getCell(5).getFormula());
        assertEquals("=HYPERLINK(\"http://x\")", rows.get(1).getCellText(5));

        assertEquals("a code with leading zeros stays text", CellType.STRING, rows.get(2).getCell(0).getType());
        assertEquals("00123", rows.get(2).getCellText(0));
        assertEquals(0, new BigDecimal("-5").compareTo(rows.get(2).getCell(2).asNumber()));
        assertEquals("an impossible date stays text", CellType.STRING, rows.get(2).getCell(3).getType());
        assertEquals("@SUM(A1)", rows.get(2).getCellText(5));
    }

    @Test
    public void sheetNamesFollowExcelsRules() {
        assertEquals("a_b_c", Xlsx.sheetName("a/b:c"));
        assertEquals(31, Xlsx.sheetName("x".repeat(40)).length());
        assertEquals("export", Xlsx.sheetName(" "));
    }
}
