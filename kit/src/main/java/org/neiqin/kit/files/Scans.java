package org.neiqin.kit.files;

import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;

/**
 * Scans and photos as users upload them: what a file is, judged by its first bytes and never by its name, and whether
 * it may be kept.
 */
public final class Scans {
    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    private Scans() {
    }

    /** @return the file's type by its first bytes: a PDF, PNG or JPEG; {@code null} for anything else */
    public static String type(byte[] b) {
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return PDF;
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return PNG;
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return JPEG;
        }
        return null;
    }

    /**
     * @param field the form field or parameter that brought the file (named by a refusal)
     * @param fileName the name the user's file had, or {@code null}
     * @param maxBytes the most bytes kept (a caller reads one more, so that a larger file is refused unread)
     * @param fallback the name to keep a file without one under, without its extension (the record's number)
     * @return the file to keep: its name cleaned of path and control characters, at most 200 characters
     * @throws ValidationException naming {@code field} when it is not a scan or photo, or is too large
     */
    public static KeptFile check(String field, String fileName, byte[] content, int maxBytes, String fallback) {
        String type = content == null ? null : type(content);
        if (type == null) {
            throw new ValidationException(field, "format", Text.of("files.format",
                    "a scan or photo is kept as a PDF, PNG or JPEG file"));
        }
        if (content.length > maxBytes) {
            throw new ValidationException(field, "size", Text.of("files.size",
                    "the file has {0} bytes; at most {1} are kept", content.length, maxBytes));
        }
        String name = fileName == null || fileName.isBlank() ? null
                : fileName.replaceAll("[\\x00-\\x1f\\x7f\\\\/]", "_").trim();
        String ext = type.equals(PDF) ? ".pdf" : type.equals(PNG) ? ".png" : ".jpg";
        String kept = name == null || name.isEmpty() ? fallback + ext
                : name.length() > 200 ? name.substring(name.length() - 200) : name;
        return new KeptFile(kept, type, content);
    }

    /**
     * @return a {@code Content-Disposition} value showing the file in the browser under its name (ASCII for old
     *         clients, UTF-8 for the rest)
     */
    public static String disposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return "inline; filename=\"" + ascii + "\"; filename*=UTF-8''" + java.net.URLEncoder.encode(fileName,
                java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
