package org.neiqin.kit.imports;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.Test;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.ValidationException;

public class ImportTextTest {
    private static final String CSV = "fullName,region\r\n某某编码公司,辽宁\r\n沈阳北方贸易,LN\r\n";

    private static byte[] bytes(String s, Charset cs, int... bom) {
        byte[] body = s.getBytes(cs);
        byte[] out = new byte[bom.length + body.length];
        for (int i = 0; i < bom.length; i++) {
            out[i] = (byte) bom[i];
        }
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    private static void reads(String expectedEncoding, byte[] data) {
        ImportText.Decoded d = ImportText.decode(data, null);
        assertEquals(CSV, d.text());
        assertEquals(expectedEncoding, d.encoding());
    }

    @Test
    public void whatExcelAndOtherProgramsSaveIsReadAsWritten() {
        reads("UTF-8", bytes(CSV, StandardCharsets.UTF_8));
        reads("UTF-8", bytes(CSV, StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF));
        reads("GB18030", bytes(CSV, Charset.forName("GBK")));
        reads("UTF-16LE", bytes(CSV, StandardCharsets.UTF_16LE, 0xFF, 0xFE));
        reads("UTF-16BE", bytes(CSV, StandardCharsets.UTF_16BE, 0xFE, 0xFF));
        reads("UTF-16LE", bytes(CSV, StandardCharsets.UTF_16LE));
    }

    @Test
    public void gb18030FourByteCharactersAreRead() {
        String rare = "fullName\r\n𠮷野家贸易\r\n";
        byte[] data = rare.getBytes(ImportText.GB18030);
        assertEquals("a four-byte sequence in the file", 4, "𠮷".getBytes(ImportText.GB18030).length);
        assertEquals(rare, ImportText.decode(data, null).text());
    }

    @Test
    public void aCharsetTheUserNamesIsUsedStrictly() {
        assertEquals(CSV, ImportText.decode(bytes(CSV, Charset.forName("GBK")), "GBK").text());
        FieldError wrong = assertThrows(ValidationException.class,
                () -> ImportText.decode(bytes(CSV, Charset.forName("GBK")), "UTF-8")).errors().get(0);
        assertEquals("file", wrong.field());
        assertEquals("charset", assertThrows(ValidationException.class,
                () -> ImportText.decode(bytes(CSV, StandardCharsets.UTF_8), "klingon")).errors().get(0).field());
    }

    @Test
    public void aFileThatIsNotTextIsRefusedWithTheReason() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        FieldError binary = assertThrows(ValidationException.class, () -> ImportText.decode(png, null)).errors().get(0);
        assertEquals("file", binary.field());
        byte[] xlsx = {'P', 'K', 3, 4, 20, 0, 6, 0};
        FieldError workbook = assertThrows(ValidationException.class, () -> ImportText.decode(xlsx, null)).errors().get(0);
        assertTrue(workbook.message(), workbook.message().contains("Excel workbook"));
    }
}
