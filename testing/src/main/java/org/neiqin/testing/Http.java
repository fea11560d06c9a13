package org.neiqin.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Predicate;

/** A small HTTP client for the tests: one cookie jar per user, Basic authentication, waiting for readiness. */
public final class Http {
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final String authorization;

    private Http(String user, String password) {
        this.authorization = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
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

    private HttpResponse<String> write(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder b = request(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b.build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(KarafOptions.BASE + path)).timeout(Duration.ofSeconds(30));
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
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        for (String path : paths) {
            int left = (int) Math.max(1, (end - System.nanoTime()) / 1_000_000_000L);
            await(path, r -> r.statusCode() == 200, left);
        }
    }
}
