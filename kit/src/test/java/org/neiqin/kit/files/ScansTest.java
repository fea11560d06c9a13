package org.neiqin.kit.files;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import org.junit.Test;
import org.neiqin.api.error.ValidationException;

public class ScansTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

    @Test
    public void aScanIsAPdfPngOrJpegByItsFirstBytes() {
        assertEquals(Scans.PDF, Scans.type("%PDF-1.7\n".getBytes()));
        assertEquals(Scans.PNG, Scans.type(PNG));
        assertEquals(Scans.JPEG, Scans.type(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}));
        assertEquals(null, Scans.type("signed, trust me".getBytes()));
        assertEquals(null, Scans.type(new byte[] {'%', 'P'}));
        assertEquals(null, Scans.type("MZ\u0090".getBytes()));
    }

    @Test
    public void aFileIsKeptUnderItsCleanedNameOrTheRecordsNumber() {
        assertEquals("签收单.pdf", Scans.check("proof", "签收单.pdf", "%PDF-1.4".getBytes(), 100, "FH-1").fileName());
        assertEquals("FH-1.png", Scans.check("proof", " ", PNG, 100, "FH-1").fileName());
        assertEquals("..__etc_passwd.png", Scans.check("proof", "../\u0000etc/passwd.png", PNG, 100, "FH-1").fileName());
        assertEquals(200, Scans.check("proof", "x".repeat(300) + ".png", PNG, 100, "FH-1").fileName().length());
    }

    @Test
    public void whatIsNoScanOrTooLargeIsRefusedNamingTheField() {
        for (byte[] bad : new byte[][] {"MZ".getBytes(), new byte[0], null}) {
            try {
                Scans.check("receipt", "a.exe", bad, 100, "X");
                fail("kept");
            } catch (ValidationException e) {
                assertEquals("receipt", e.errors().get(0).field());
            }
        }
        try {
            Scans.check("receipt", "a.png", PNG, 7, "X");
            fail("kept");
        } catch (ValidationException e) {
            assertEquals("size", e.errors().get(0).rule());
        }
    }

    @Test
    public void theBrowserIsGivenTheNameInAsciiAndUtf8() {
        assertEquals("inline; filename=\"___.pdf\"; filename*=UTF-8''%E7%AD%BE%E6%94%B6%E5%8D%95.pdf",
                Scans.disposition("签收单.pdf"));
    }
}
