package org.neiqin.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * HTTP on loopback with Basic authentication, keeping connections alive: the JDK's blocking
 * {@link HttpURLConnection}, which sends on the calling thread. (The JDK's newer
 * {@code java.net.http.HttpClient} hands every request between threads; on two cores, next to the
 * server, that made a single write seem to take twice as long as it does.)
 */
final class Http {
    private final String base;
    private final String auth;

    /** A status and body. */
    record Answer(int statusCode, String body) {
    }

    Http(int port, String user, String password) {
        this.base = "http://localhost:" + port;
        this.auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** @return status code, or -1 when the server does not answer. */
    int status(String method, String path, String json) {
        try {
            return send(method, path, json).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Posts a file byte for byte, waiting up to {@code timeoutMillis} for the answer (an import of many rows). */
    Answer upload(String path, String contentType, byte[] body, int timeoutMillis) throws IOException {
        return upload("POST", path, contentType, body, timeoutMillis);
    }

    /** Sends a file byte for byte with {@code method} (PUT: a claim line's receipt). */
    Answer upload(String method, String path, String contentType, byte[] body, int timeoutMillis) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL(base + path).openConnection();
        c.setConnectTimeout(5_000);
        c.setReadTimeout(timeoutMillis);
        c.setRequestMethod(method);
        c.setRequestProperty("Authorization", auth);
        c.setDoOutput(true);
        c.setRequestProperty("Content-Type", contentType);
        c.setFixedLengthStreamingMode(body.length);
        try (OutputStream out = c.getOutputStream()) {
            out.write(body);
        }
        int status = c.getResponseCode();
        InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
        return new Answer(status, in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    /**
     * Posts JSON as the public does, without logging in, from {@code forwardedFor} as a proxy the server trusts
     * (localhost) says.
     */
    Answer anonymous(String path, String json, String forwardedFor) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL(base + path).openConnection();
        c.setRequestProperty("X-Forwarded-For", forwardedFor);
        return exchange(c, "POST", json);
    }

    Answer send(String method, String path, String json) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL(base + path).openConnection();
        c.setRequestProperty("Authorization", auth);
        return exchange(c, method, json);
    }

    private static Answer exchange(HttpURLConnection c, String method, String json) throws IOException {
        c.setConnectTimeout(5_000);
        c.setReadTimeout(60_000);
        c.setRequestMethod(method);
        if (json != null) {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/json");
            c.setFixedLengthStreamingMode(body.length);
            try (OutputStream out = c.getOutputStream()) {
                out.write(body);
            }
        }
        int status = c.getResponseCode();
        // the body is read to its end, so that the connection goes back to the keep-alive cache
        InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
        String text = "";
        if (in != null) {
            try (in) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return new Answer(status, text);
    }
}
