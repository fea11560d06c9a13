package org.neiqin.kit.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
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
 *
 * <p>Every check reads the file as a stream, never the whole text at once: a file of any size is
 * decided in a few passes over it.
 */
public final class ImportText {
    /** GB18030 contains GBK and GB2312: one decoder reads all three. */
    static final Charset GB18030 = Charset.forName("GB18030");

    /** @param text the decoded text @param encoding how it was read: UTF-8, UTF-16LE, UTF-16BE, GB18030 or the charset named */
    public record Decoded(String text, String encoding) {
    }

    /**
     * How a file's text is read: its character set, how many bytes of byte order mark to skip, and
     * the name shown to the user.
     */
    public record Encoding(Charset charset, int skip, String name) {
        /** @return a strict reader of the text after the byte order mark; a byte that is not valid fails the read */
        public Reader reader(InputStream in) throws IOException {
            in.skipNBytes(skip);
            return new InputStreamReader(in, strict(charset));
        }
    }

    /** Where a file's bytes come from: opened once per pass. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    private ImportText() {
    }

    /**
     * @param data the file as uploaded
     * @param charset the charset the user named, or null to detect it
     * @throws ValidationException (field {@code file}) when the file is not text in an encoding read here
     */
    public static Decoded decode(byte[] data, String charset) {
        Source source = () -> new ByteArrayInputStream(data);
        Encoding e = detect(source, charset);
        try (Reader r = e.reader(source.open())) {
            StringWriter text = new StringWriter();
            r.transferTo(text);
            return new Decoded(text.toString(), e.name());
        } catch (IOException x) {
            throw new UncheckedIOException(x); // detect has read the same bytes through the same decoder
        }
    }

    /**
     * @param charset the charset the user named, or null to detect it
     * @return how to read the file's text
     * @throws ValidationException (field {@code file}) when the file is not text in an encoding read here,
     *         (field {@code charset}) when the charset named is unknown
     */
    public static Encoding detect(Source file, String charset) {
        try {
            byte[] head;
            try (InputStream in = file.open()) {
                head = in.readNBytes(4);
            }
            if (charset != null && !charset.isBlank()) {
                Charset cs;
                try {
                    cs = Charset.forName(charset.trim());
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw new ValidationException("charset", "unknown", Text.of("import.charset.unknown",
                            "{0} is not a character set this server reads (try UTF-8 or GB18030)", charset));
                }
                Encoding named = new Encoding(cs, bom(head, cs), cs.name());
                if (!valid(file, named, false)) {
                    throw new ValidationException("file", "encoding", Text.of("import.charset.wrong",
                            "the file is not {0} text", cs.name()));
                }
                return named;
            }
            if (isXlsx(head) || isXls(head)) {
                throw new ValidationException("file", "format", Text.of("import.file.workbook",
                        "this is an Excel workbook, not a CSV file: save it as \"CSV UTF-8\" or \"CSV (逗号分隔)\""));
            }
            Encoding marked = startsWith(head, 0xEF, 0xBB, 0xBF) ? new Encoding(StandardCharsets.UTF_8, 3, "UTF-8")
                    : startsWith(head, 0xFF, 0xFE) ? new Encoding(StandardCharsets.UTF_16LE, 2, "UTF-16LE")
                    : startsWith(head, 0xFE, 0xFF) ? new Encoding(StandardCharsets.UTF_16BE, 2, "UTF-16BE") : null;
            if (marked != null) {
                if (!valid(file, marked, true)) {
                    throw new ValidationException("file", "encoding", Text.of("import.file.broken",
                            "the file says it is {0} but is not", marked.name()));
                }
                return marked;
            }
            Encoding utf8 = new Encoding(StandardCharsets.UTF_8, 0, "UTF-8");
            if (valid(file, utf8, true)) {
                return utf8;
            }
            Charset utf16 = utf16WithoutBom(file);
            if (utf16 != null) {
                Encoding e = new Encoding(utf16, 0, utf16.name());
                if (valid(file, e, true)) {
                    return e;
                }
            }
            Encoding gb = new Encoding(GB18030, 0, "GB18030");
            if (valid(file, gb, true)) {
                return gb;
            }
            throw new ValidationException("file", "encoding", Text.of("import.file.unreadable",
                    "the file is not text in UTF-8, UTF-16 or GBK/GB18030; save it from Excel as \"CSV UTF-8\", or name its character set"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return whether the file starts as a zip does, as an {@code .xlsx} workbook does */
    static boolean isXlsx(byte[] head) {
        return startsWith(head, 0x50, 0x4B, 0x03, 0x04);
    }

    /** @return whether the file starts as an old binary Office document does, as an {@code .xls} workbook does */
    static boolean isXls(byte[] head) {
        return startsWith(head, 0xD0, 0xCF, 0x11, 0xE0);
    }

    private static CharsetDecoder strict(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The byte order mark a named Unicode charset's file starts with, to skip; none for other charsets. */
    private static int bom(byte[] head, Charset cs) {
        if (cs.equals(StandardCharsets.UTF_8) && startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        return 0;
    }

    /**
     * @param asText also require text, not a binary file that happens to decode: no control characters
     *        but tab and line ends
     * @return whether every byte sequence of the file is valid in the encoding
     */
    private static boolean valid(Source file, Encoding e, boolean asText) throws IOException {
        char[] buf = new char[8192];
        try (Reader r = e.reader(file.open())) {
            for (int n; (n = r.read(buf)) >= 0;) {
                if (!asText) {
                    continue;
                }
                for (int i = 0; i < n; i++) {
                    char c = buf[i];
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                        return false;
                    }
                }
            }
            return true;
        } catch (CharacterCodingException x) {
            return false;
        }
    }

    /** UTF-16 without a mark: ASCII text has a zero byte in every other place. */
    private static Charset utf16WithoutBom(Source file) throws IOException {
        long evenZeros = 0;
        long oddZeros = 0;
        long length = 0;
        byte[] buf = new byte[8192];
        try (InputStream in = file.open()) {
            for (int n; (n = in.read(buf)) >= 0;) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == 0) {
                        if ((length + i) % 2 == 0) {
                            evenZeros++;
                        } else {
                            oddZeros++;
                        }
                    }
                }
                length += n;
            }
        }
        if (length < 4 || length % 2 != 0) {
            return null;
        }
        long half = length / 2;
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
}
