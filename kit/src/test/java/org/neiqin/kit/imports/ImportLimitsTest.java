package org.neiqin.kit.imports;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.Test;
import org.neiqin.api.error.ValidationException;

/** Files made to exhaust the server are refused, naming what is too large, before it is held. */
public class ImportLimitsTest {
    private static ValidationException refused(byte[] file) {
        try (ImportFile f = ImportFile.of(file)) {
            return assertThrows(ValidationException.class, () -> f.rows(null, row -> { }));
        }
    }

    private static ValidationException refusedCsv(String text) {
        return refused(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    public void aCellAsLongAsExcelAllowsIsReadAndALongerOneIsRefusedWithItsRow() {
        String full = "x".repeat(ImportLimits.MAX_CELL_CHARS);
        List<List<String>> rows = ImportRows.read(("name\n" + full + "\n").getBytes(StandardCharsets.UTF_8), null).rows();
        assertEquals(full, rows.get(1).get(0));
        ValidationException unquoted = refusedCsv("name\nok\n" + full + "y\n");
        assertEquals("import.file.cell", unquoted.errors().get(0).text().key());
        assertEquals("file", unquoted.errors().get(0).field());
        assertEquals("row 3 has a cell longer than 32767 characters, more than Excel holds",
                unquoted.errors().get(0).message());
        // a quote that never closes would otherwise make the rest of the file one cell
        assertEquals("import.file.cell", refusedCsv("name\n\"" + "z,\n".repeat(20_000)).errors().get(0).text().key());
    }

    @Test
    public void aRowWiderThanExcelAndMoreRowsThanOneImportTakesAreRefused() {
        assertEquals("import.file.wide", refusedCsv("a\n" + ",".repeat(ImportLimits.MAX_CELLS) + "\n").errors().get(0)
                .text().key());
        ValidationException many = refusedCsv("name\n" + "n\n".repeat(ImportLimits.MAX_ROWS));
        assertEquals("the file has more than 200000 rows; split it into several files", many.errors().get(0).message());
        List<List<String>> rows = new ArrayList<>();
        try (ImportFile f = ImportFile.of(("name\n" + "n\n".repeat(ImportLimits.MAX_ROWS - 1))
                .getBytes(StandardCharsets.UTF_8))) {
            f.rows(null, rows::add);
        }
        assertEquals("the header and 200 000 rows are read", ImportLimits.MAX_ROWS, rows.size());
    }

    /** A workbook of 300 kB whose sheet unpacks to 257 MB: refused when the part passes 256 MB, nothing read. */
    @Test
    public void aWorkbookThatUnpacksToMoreThanItsLimitIsRefusedBeforeItIsRead() throws IOException {
        Path bomb = Files.createTempFile("neiqin-bomb-", ".xlsx");
        try {
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
                zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
                byte[] spaces = new byte[1 << 20];
                java.util.Arrays.fill(spaces, (byte) ' ');
                for (int mb = 0; mb <= ImportLimits.MAX_PART_MB; mb++) {
                    zip.write(spaces);
                }
            }
            byte[] packed = Files.readAllBytes(bomb);
            assertTrue("a small file: " + packed.length, packed.length < 1 << 20);
            ValidationException e = refused(packed);
            assertEquals("import.workbook.unpacked", e.errors().get(0).text().key());
            assertEquals("file", e.errors().get(0).field());
        } finally {
            Files.deleteIfExists(bomb);
        }
    }
}
