package org.neiqin.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small HTTP client for the tests: one cookie jar per user, Basic authentication, waiting for readiness. */
public final class Http {
    private final HttpClient client;
    private final String authorization;
    private final String base;

    private Http(HttpClient client, String authorization, String base) {
        this.client = client;
        this.authorization = authorization;
        this.base = base;
    }

    private Http(String user, String password) {
        // HTTP/1.1 as Neiqin's connector and the shipped nginx speak it: the JDK client's default (HTTP/2) first asks
        // to upgrade every new connection in cleartext (h2c), a POST's body included, which Jetty 9.4 does not take
        this(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build(), user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)),
                KarafOptions.BASE);
    }

    /**
     * The same user, with the same cookies, talking to another server ({@code http://host:port}): another
     * node of a cluster, or the load balancer in front of them.
     */
    public Http at(String otherBase) {
        return new Http(client, authorization, otherBase);
    }

    /** @return the server this client talks to, {@code http://host:port} */
    public String base() {
        return base;
    }

    /** A client logged in as {@code user} (whose password is the user name), or anonymous for null. */
    public static Http as(String user) {
        return new Http(user, user);
    }

    /** A client sending {@code user} with another password. */
    public static Http as(String user, String password) {
        return new Http(user, password);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    public HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        return write("POST", path, contentType, body, headers);
    }

    public HttpResponse<String> put(String path, String contentType, String body, String... headers) {
        return write("PUT", path, contentType, body, headers);
    }

    /** Posts a file as it is, byte for byte (an import in the encoding an office saved it in). */
    public HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    /** Sends any method (OPTIONS, DELETE, ...) with a body, or none when {@code body} is null. */
    public HttpResponse<String> send(String method, String path, String contentType, String body) {
        HttpRequest.Builder b = request(path);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    private HttpResponse<String> write(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder b = request(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b.build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest r) {
        try {
            return client.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(r.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls {@code path} until {@code ready} holds for the answer; fails after {@code seconds}. */
    public HttpResponse<String> await(String path, Predicate<HttpResponse<String>> ready, int seconds) {
        return Wait.until(path + " ready", seconds, () -> get(path), ready);
    }

    /** Waits until every one of {@code paths} answers 200 to this user; fails naming the first that does not. */
    public void awaitAll(int seconds, String... paths) {
        String key = String.join(" ", paths);
        AssertionError before = NEVER_UP.get(key);
        if (before != null) {
            // this container did not come up for an earlier test: the next ones fail at once instead of waiting again
            throw new AssertionError("still not up (an earlier test waited " + seconds + " s): " + before.getMessage(),
                    before);
        }
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        try {
            for (String path : paths) {
                int left = (int) Math.max(1, (end - System.nanoTime()) / 1_000_000_000L);
                await(path, r -> r.statusCode() == 200, left);
            }
        } catch (AssertionError | RuntimeException notUp) {
            // what the container's state and log say is why: say it in the failure, which is all CI keeps of a Pax Exam
            // run, and in its first line, which is all CI's summary keeps of a failure
            String message = String.valueOf(notUp.getMessage());
            int eol = message.indexOf('\n');
            String first = eol < 0 ? message : message.substring(0, eol);
            java.util.List<String> log = containerLog();
            String lastError = log.stream().filter(l -> l.contains("| ERROR")).reduce((a, b) -> b).orElse("none");
            AssertionError said = new AssertionError(first + " | " + Diagnosis.now() + "; last error logged: "
                    + lastError.substring(0, Math.min(400, lastError.length())) + (eol < 0 ? "" : message.substring(eol))
                    + "\n-- the container's log, its last errors and warnings:\n" + String.join("\n", log), notUp);
            NEVER_UP.put(key, said);
            throw said;
        }
    }

    /**
     * @return the errors and warnings the Karaf this test runs in logged (inside a Pax Exam container, where
     *         {@code karaf.data} is set), the last 40; nothing elsewhere
     */
    private static java.util.List<String> containerLog() {
        String data = System.getProperty("karaf.data");
        if (data == null) {
            return java.util.List.of();
        }
        java.nio.file.Path log = java.nio.file.Path.of(data, "log", "karaf.log");
        try (java.util.stream.Stream<String> lines = java.nio.file.Files.lines(log, StandardCharsets.UTF_8)) {
            java.util.List<String> worth = lines.filter(l -> l.contains("| ERROR") || l.contains("| WARN")
                    || l.startsWith("\t") || l.startsWith("Caused by")).toList();
            return worth.subList(Math.max(0, worth.size() - 40), worth.size());
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return java.util.List.of("(" + log + " could not be read: " + e + ")");
        }
    }

    /** What did not come up in this container (one per test class): a Karaf whose boot failed is waited for once. */
    private static final java.util.Map<String, AssertionError> NEVER_UP = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Sends a console form the way the browser does after showing {@code page}: the POST form on it
     * whose hidden {@code action} is the one in {@code fields} (or its only POST form) is filled with
     * its hidden fields (CSRF token, which form it is, id, version) and then {@code fields}, and sent
     * with the console's Origin.
     *
     * @param page the page the form is on, e.g. {@code /system/console/neiqin-contract?id=7}
     * @param fields name, value, name, value ...
     * @return the answer (302 to the next page when done; 200 with the form drawn again when refused)
     */
    public HttpResponse<String> submit(String page, String... fields) {
        return submit(page, form(page, fields));
    }

    /**
     * Sends a form filled elsewhere ({@link #form}, perhaps drawn by another node) to {@code page} on this
     * client's server, as the browser sends it: URL-encoded, with this server as the Origin.
     */
    public HttpResponse<String> submit(String page, Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(encode(k)).append('=').append(encode(v)));
        return post(page, "application/x-www-form-urlencoded", body.toString(), "Origin", base);
    }

    /**
     * {@link #submit} for a form with a file field: sent as {@code multipart/form-data}, as the browser
     * sends it, the file's bytes as they are.
     */
    public HttpResponse<String> submitFile(String page, String fileField, String fileName, byte[] content,
            String... fields) {
        Map<String, String> sent = form(page, fields);
        String boundary = "----neiqin" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> write = t -> body.writeBytes(t.getBytes(StandardCharsets.UTF_8));
        sent.forEach((k, v) -> write.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
                + "\"\r\n\r\n" + v + "\r\n"));
        write.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(content);
        write.accept("\r\n--" + boundary + "--\r\n");
        return send(request(page).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Origin", base).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    /**
     * Draws {@code page} and fills its form as {@link #submit(String, String...)} would, without sending it.
     *
     * @return the hidden fields of the POST form on {@code page} that sends the given action, then the given fields
     */
    public Map<String, String> form(String page, String... fields) {
        String html = get(page).body();
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            given.put(fields[i], fields[i + 1]);
        }
        Matcher forms = Pattern.compile("(?s)<form[^>]*method=\"post\"[^>]*>(.*?)</form>").matcher(html);
        Map<String, String> chosen = null;
        while (chosen == null && forms.find()) {
            Map<String, String> hidden = new LinkedHashMap<>();
            Matcher h = Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\"")
                    .matcher(forms.group(1));
            while (h.find()) {
                hidden.putIfAbsent(unescape(h.group(1)), unescape(h.group(2)));
            }
            if (!given.containsKey("action") || given.get("action").equals(hidden.get("action"))) {
                chosen = hidden;
            }
        }
        if (chosen == null) {
            throw new AssertionError(page + " has no POST form" + (given.containsKey("action") ? " sending action "
                    + given.get("action") : "") + ": " + html);
        }
        Map<String, String> sent = new LinkedHashMap<>(chosen);
        sent.putAll(given);
        return sent;
    }

    private static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /** @return the page an answer redirects to, as a path ({@code /system/console/...}) */
    public static String location(HttpResponse<String> answer) {
        return answer.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                "no redirect: " + answer.statusCode() + " " + answer.body())).replaceFirst("^https?://[^/]+", "");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
