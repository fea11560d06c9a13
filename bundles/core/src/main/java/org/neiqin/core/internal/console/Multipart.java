package org.neiqin.core.internal.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;

import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;

/**
 * A console form that carries a file ({@code multipart/form-data}): its text fields become the
 * request's parameters, as in any form (so the CSRF check, the redrawing of a refused form and the
 * page's {@code param} work unchanged), and its files are kept for {@code PageRequest.file}. The web
 * console parses no such body for its plugins, so the toolkit does, up to {@link #MAX_BYTES}.
 */
final class Multipart {
    /** The largest form body read (an import of some 100 000 rows). */
    static final int MAX_BYTES = 32 * 1024 * 1024;
    /** The request attribute holding the files: field name to bytes. */
    static final String FILES = Multipart.class.getName() + ".files";

    private static final Pattern NAME = Pattern.compile("(?i)\\bname=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("(?i)\\bfilename=\"([^\"]*)\"");

    private Multipart() {
    }

    static boolean is(HttpServletRequest req) {
        String type = req.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /** @return the request with the form's fields as parameters and its files as {@link #FILES} */
    static HttpServletRequest read(HttpServletRequest req) throws IOException {
        Matcher b = Pattern.compile("(?i)boundary=\"?([^\";]+)\"?").matcher(req.getContentType());
        if (!b.find()) {
            throw new ValidationException("file", "format", Text.of("toolkit.upload.broken", "the form was not sent whole"));
        }
        byte[] body = readAtMost(req.getInputStream(), MAX_BYTES);
        byte[] delimiter = ("--" + b.group(1)).getBytes(StandardCharsets.ISO_8859_1);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        req.getParameterMap().forEach((k, v) -> fields.put(k, new ArrayList<>(List.of(v))));
        Map<String, byte[]> files = new LinkedHashMap<>();
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int start = at + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
                break;
            }
            start += 2; // CRLF after the delimiter
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
            int next = indexOf(body, delimiter, start);
            if (headersEnd < 0 || next < 0) {
                break;
            }
            String headers = new String(body, start, headersEnd - start, StandardCharsets.UTF_8);
            int contentEnd = next - 2; // CRLF before the next delimiter
            byte[] content = java.util.Arrays.copyOfRange(body, headersEnd + 4, Math.max(headersEnd + 4, contentEnd));
            Matcher name = NAME.matcher(headers);
            if (name.find()) {
                Matcher file = FILENAME.matcher(headers);
                if (file.find()) {
                    if (content.length > 0) {
                        files.put(name.group(1), content);
                        // the name the browser gave the file, without any folder it came from
                        String given = file.group(1);
                        fields.computeIfAbsent(name.group(1) + ".filename", k -> new ArrayList<>())
                                .add(given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1));
                    }
                } else {
                    fields.computeIfAbsent(name.group(1), k -> new ArrayList<>())
                            .add(new String(content, StandardCharsets.UTF_8));
                }
            }
            at = next;
        }
        req.setAttribute(FILES, files);
        Map<String, String[]> params = new LinkedHashMap<>();
        fields.forEach((k, v) -> params.put(k, v.toArray(new String[0])));
        return new HttpServletRequestWrapper(req) {
            @Override
            public String getParameter(String n) {
                String[] v = params.get(n);
                return v == null || v.length == 0 ? null : v[0];
            }

            @Override
            public String[] getParameterValues(String n) {
                return params.get(n);
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return Collections.unmodifiableMap(params);
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.enumeration(params.keySet());
            }
        };
    }

    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
            if (out.size() > max) {
                throw new ValidationException("file", "size", Text.of("toolkit.upload.tooLarge",
                        "the file is larger than {0} MB", max / 1024 / 1024));
            }
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] what, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (data[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
