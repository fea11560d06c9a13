package org.neiqin.kit.config;

/**
 * Karaf reads {@code etc/*.cfg} as ISO-8859-1 (the rule of Java properties files), so a value typed
 * in Chinese in a UTF-8 file (a licence name, a warehouse, a product) arrives as one character per
 * byte and matches nothing. Every configuration value a user types in words goes through
 * {@link #utf8(String)} (the API's {@code org.neiqin.api.config.ConfigText}, which core uses too).
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
        return org.neiqin.api.config.ConfigText.utf8(value);
    }
}
