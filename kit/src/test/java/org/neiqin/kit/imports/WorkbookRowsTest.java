package org.neiqin.kit.imports;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.Test;
import org.neiqin.api.error.ValidationException;

public class WorkbookRowsTest {
    /** A workbook as Excel users fill one: texts, a number, a date, a blank row, a short row. */
    static byte[] workbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "Neiqin test", "1.0");
        Worksheet ws = wb.newWorksheet("客户");
        String[] header = {"fullName", "annualVolume", "founded", "phone"};
        for (int c = 0; c < header.length; c++) {
            ws.value(0, c, header[c]);
        }
        ws.value(1, 0, "某某编码公司");
        ws.value(1, 1, 150000);
        ws.value(1, 2, LocalDate.of(2019, 3, 1));
        ws.style(1, 2).format("yyyy-mm-dd").set();
        ws.value(1, 3, "024-2345 6789");
        ws.value(3, 0, "营口贸易行");
        ws.value(3, 1, 1234.5);
        wb.finish();
        return out.toByteArray();
    }

    @Test
    public void theFirstSheetIsReadAsTextsNumbersAndDates() throws IOException {
        ImportRows.Read read = ImportRows.read(workbook(), null);
        assertEquals("xlsx", read.format());
        List<List<String>> rows = read.rows();
        assertEquals(List.of("fullName", "annualVolume", "founded", "phone"), rows.get(0));
        assertEquals(List.of("某某编码公司", "150000", "2019-03-01", "024-2345 6789"), rows.get(1));
        assertEquals("the blank row keeps its place", List.of("", "", "", ""), rows.get(2));
        assertEquals("a short row is filled up to the header", List.of("营口贸易行", "1234.5", "", ""), rows.get(3));
    }

    @Test
    public void aBrokenOrOldWorkbookIsRefused() {
        assertEquals("file", assertThrows(ValidationException.class,
                () -> ImportRows.read(new byte[] {'P', 'K', 3, 4, 1, 2, 3}, null)).errors().get(0).field());
        ValidationException xls = assertThrows(ValidationException.class, () -> ImportRows.read(
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}, null));
        assertEquals("import.file.xls", xls.errors().get(0).text().key());
    }
}
