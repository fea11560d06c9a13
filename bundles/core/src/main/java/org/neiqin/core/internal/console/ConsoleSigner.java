package org.neiqin.core.internal.console;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs what the console gives a browser and takes back, with a key every node on the database shares
 * (core's {@code NQ_SECRET}), so that nothing of it lives in one node's HTTP session: a form drawn by
 * one node is accepted by another, and the message after a redirect is shown by whichever node the
 * browser reaches. A CSRF token is the user's name signed: a page of another user, or a guess, does not
 * carry it.
 */
final class ConsoleSigner {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    /** Longer messages are cut: a cookie holds about 4 KB. */
    private static final int MAX_MESSAGE = 1500;
    private final Supplier<byte[]> key;

    /** @param key the shared key, asked for at each use (a node reads it once from the database) */
    ConsoleSigner(Supplier<byte[]> key) {
        this.key = key;
    }

    /** @return the token the forms drawn for {@code user} carry */
    String csrf(String user) {
        return B64.encodeToString(mac("csrf\u0000" + user));
    }

    /** @return whether {@code given} is {@code user}'s token */
    boolean isCsrf(String user, String given) {
        return given != null && MessageDigest.isEqual(csrf(user).getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }

    /** @return {@code message}, readable and signed, as a cookie value */
    String seal(String message) {
        String m = message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) + "…" : message;
        String body = B64.encodeToString(m.getBytes(StandardCharsets.UTF_8));
        return body + "." + B64.encodeToString(mac("flash\u0000" + body));
    }

    /** @return the message {@link #seal} sealed, or null for a value this console did not seal */
    String open(String sealed) {
        int dot = sealed == null ? -1 : sealed.indexOf('.');
        if (dot < 0) {
            return null;
        }
        String body = sealed.substring(0, dot);
        byte[] expected = B64.encodeToString(mac("flash\u0000" + body)).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, sealed.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(body), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.get(), "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java", e);
        }
    }
}
