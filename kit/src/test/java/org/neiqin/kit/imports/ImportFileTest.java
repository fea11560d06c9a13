package org.neiqin.kit.imports;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.neiqin.api.error.ValidationException;

public class ImportFileTest {
    @Test
    public void aLongGbkFileIsReadRowByRowAsItWasWritten() {
        StringBuilder csv = new StringBuilder("fullName,address\r\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append("某某编码公司").append(i).append(",\"辽宁省沈阳市, 铁西区\"\r\n");
        }
        List<List<String>> rows = new ArrayList<>();
        String format;
        Path copy;
        try (ImportFile f = ImportFile.of(csv.toString().getBytes(Charset.forName("GBK")))) {
            format = f.rows(null, rows::add);
            // read again, as an import does after its dry run
            int[] again = {0};
            f.rows(null, r -> again[0]++);
            assertEquals(20_001, again[0]);
            copy = f.path();
        }
        assertEquals("GB18030", format);
        assertEquals(20_001, rows.size());
        assertEquals(List.of("某某编码公司19999", "辽宁省沈阳市, 铁西区"), rows.get(20_000));
        assertFalse("the copy is deleted on close", Files.exists(copy));
    }

    @Test
    public void aFileLargerThanTheLimitIsRefusedOnTheFile() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> ImportFile.spool(new ByteArrayInputStream(new byte[2048]), 1024));
        assertEquals("file", e.errors().get(0).field());
    }

    @Test
    public void anUnclosedQuoteSaysWhereAfterTheRowsBeforeIt() {
        List<List<String>> rows = new ArrayList<>();
        try (ImportFile f = ImportFile.of("a,b\n1,2\n3,\"open\n4,5\n".getBytes(Charset.forName("UTF-8")))) {
            CsvText.Unterminated e = assertThrows(CsvText.Unterminated.class, () -> f.rows(null, rows::add));
            assertEquals(3, e.row());
        }
        assertEquals(List.of(List.of("a", "b"), List.of("1", "2")), rows);
    }

    @Test
    public void rowKeysFindTheFirstRowOfAKeyAmongMany() {
        RowKeys keys = new RowKeys();
        for (int i = 1; i <= 100_000; i++) {
            assertEquals(0, keys.putIfAbsent("客户" + i, i));
        }
        assertEquals(7, keys.putIfAbsent("客户7", 100_001));
        assertEquals(99_999, keys.putIfAbsent("客户99999", 100_002));
        assertEquals(0, keys.putIfAbsent("客户0", 100_003));
    }
}
