package org.neiqin.kit.config;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.nio.charset.StandardCharsets;

import org.junit.Test;

public class ConfigTextTest {
    @Test
    public void chineseInAUtf8FileThatKarafReadAsLatin1IsReadBackAndOtherValuesStayAsTheyAre() {
        String asKarafReadsIt = new String("药品经营许可证".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertEquals("药品经营许可证", ConfigText.utf8(asKarafReadsIt));
        assertEquals("written with escapes, already right", "药品经营许可证", ConfigText.utf8("药品经营许可证"));
        assertEquals("truly Latin-1", "café", ConfigText.utf8("café"));
        assertEquals("plain", "GSP", ConfigText.utf8("GSP"));
        assertNull(ConfigText.utf8(null));
    }
}
