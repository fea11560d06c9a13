package org.neiqin.kit.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;

/**
 * The text of an imported file, decoded as the office that saved it wrote it. Excel in a Chinese
 * Windows saves "CSV (逗号分隔)" in GBK (code page 936), "CSV UTF-8" with a byte order mark, and
 * "Unicode text" in UTF-16 with one; a file saved elsewhere is often UTF-8 without a mark. So:
 * a byte order mark decides; else text that is valid UTF-8 is UTF-8; else text with a zero byte
 * in every other place is UTF-16; else text that is valid GB18030 (which contains GBK) is GB18030.
 * Anything else, or a file that is not text at all (an Excel workbook, a picture), is refused with
 * the reason, so that nothing garbled is ever stored. A charset the user names is used as named,
 * strictly.
 */
public final class ImportText {
    /** GB18030 contains GBK and GB2312: one decoder reads all three. */
    static final Charset GB18030 = Charset.forName("GB18030");

    /** @param text the decoded text @param encoding how it was read: UTF-8, UTF-16LE, UTF-16BE, GB18030 or the charset named */
    public record Decoded(String text, String encoding) {
    }

    private ImportText() {
    }

    /**
     * @param data the file as uploaded
     * @param charset the charset the user named, or null to detect it
     * @throws ValidationException (field {@code file}) when the file is not text in an encoding read here
     */
    public static Decoded decode(byte[] data, String charset) {
        if (charset != null && !charset.isBlank()) {
            Charset cs;
            try {
                cs = Charset.forName(charset.trim());
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new ValidationException("charset", "unknown", Text.of("import.charset.unknown",
                        "{0} is not a character set this server reads (try UTF-8 or GB18030)", charset));
            }
            String text = strict(data, 0, cs);
            if (text == null) {
                throw new ValidationException("file", "encoding", Text.of("import.charset.wrong",
                        "the file is not {0} text", cs.name()));
            }
            return new Decoded(withoutBom(text), cs.name());
        }
        if (isXlsx(data) || isXls(data)) {
            throw new ValidationException("file", "format", Text.of("import.file.workbook",
                    "this is an Excel workbook, not a CSV file: save it as \"CSV UTF-8\" or \"CSV (逗号分隔)\""));
        }
        if (startsWith(data, 0xEF, 0xBB, 0xBF)) {
            return read(data, 3, StandardCharsets.UTF_8, "UTF-8");
        }
        if (startsWith(data, 0xFF, 0xFE)) {
            return read(data, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
        }
        if (startsWith(data, 0xFE, 0xFF)) {
            return read(data, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
        }
        String utf8 = strict(data, 0, StandardCharsets.UTF_8);
        if (utf8 != null && text(utf8)) {
            return new Decoded(utf8, "UTF-8");
        }
        Charset utf16 = utf16WithoutBom(data);
        if (utf16 != null) {
            String t = strict(data, 0, utf16);
            if (t != null && text(t)) {
                return new Decoded(t, utf16.name());
            }
        }
        String gb = strict(data, 0, GB18030);
        if (gb != null && text(gb)) {
            return new Decoded(gb, "GB18030");
        }
        throw new ValidationException("file", "encoding", Text.of("import.file.unreadable",
                "the file is not text in UTF-8, UTF-16 or GBK/GB18030; save it from Excel as \"CSV UTF-8\", or name its character set"));
    }

    /** @return whether the file is a zip, as an {@code .xlsx} workbook is */
    static boolean isXlsx(byte[] data) {
        return startsWith(data, 0x50, 0x4B, 0x03, 0x04);
    }

    /** @return whether the file is an old binary Office document, as an {@code .xls} workbook is */
    static boolean isXls(byte[] data) {
        return startsWith(data, 0xD0, 0xCF, 0x11, 0xE0);
    }

    private static Decoded read(byte[] data, int skip, Charset cs, String name) {
        String t = strict(data, skip, cs);
        if (t == null || !text(t)) {
            throw new ValidationException("file", "encoding", Text.of("import.file.broken",
                    "the file says it is {0} but is not", name));
        }
        return new Decoded(t, name);
    }

    /** @return the text, or null where a byte sequence is not valid in {@code cs} */
    private static String strict(byte[] data, int skip, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data, skip, data.length - skip)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Text, not a binary file that happens to decode: no control characters but tab and line ends. */
    private static boolean text(String s) {
        return s.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F);
    }

    /** UTF-16 without a mark: ASCII text has a zero byte in every other place. */
    private static Charset utf16WithoutBom(byte[] data) {
        if (data.length < 4 || data.length % 2 != 0) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < data.length; i++) {
            if (data[i] == 0) {
                if (i % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        int half = data.length / 2;
        if (oddZeros > half / 2 && evenZeros == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > half / 2 && oddZeros == 0) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String withoutBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
