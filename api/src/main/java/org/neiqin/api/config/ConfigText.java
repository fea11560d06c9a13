package org.neiqin.api.config;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Karaf reads {@code etc/*.cfg} as ISO-8859-1 (the rule of Java properties files), so a value typed
 * in Chinese in a UTF-8 file (a licence name, a warehouse, a product) arrives as one character per
 * byte and matches nothing. Every configuration value a user types in words goes through
 * {@link #utf8(String)} (core's settings and a module's alike; the kit's {@code ConfigText} is this one).
 *
 * @since 0.1
 */
public final class ConfigText {
    private ConfigText() {
    }

    /**
     * @return {@code value} read back as the UTF-8 it was when it is a valid UTF-8 byte sequence
     *         misread as ISO-8859-1; any other value (ASCII, written with backslash-u escapes, or
     *         truly Latin-1 such as {@code café}) as it is
     */
    public static String utf8(String value) {
        if (value == null || value.chars().noneMatch(c -> c >= 0x80) || value.chars().anyMatch(c -> c > 0xFF)) {
            return value;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException notUtf8) {
            return value;
        }
    }
}
