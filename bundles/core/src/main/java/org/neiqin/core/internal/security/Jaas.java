package org.neiqin.core.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.AccessController;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.neiqin.api.security.Actor;

/**
 * Logging in against Karaf's JAAS realm, for the REST filter and the console.
 *
 * <p>HTTP Basic sends the password with every request, and a JAAS login (which re-reads
 * {@code etc/users.properties}) costs more than a simple REST read. So a successful login is
 * remembered for {@link #REMEMBER_SECONDS} seconds, keyed by the user and a salted SHA-256 of the
 * password (the password itself is not kept). A wrong password is never remembered and always
 * goes to the realm; a changed password or role takes effect within that time.
 */
public final class Jaas {
    public static final String REALM = "karaf";
    /**
     * The HTTP Basic realm the console and REST both ask for: one name, so that a browser logged in to
     * the console sends the same login to a REST link it opens (a proof of delivery, an export).
     */
    public static final String HTTP_REALM = "Basic realm=\"Neiqin\"";
    public static final long REMEMBER_SECONDS = 30;
    private static final int REMEMBER_MAX = 1000;
    private static final byte[] SALT = salt();
    private static final Map<String, Remembered> LOGINS = new ConcurrentHashMap<>();

    private Jaas() {
    }

    private record Remembered(Subject subject, long until) {
    }

    /** @return the subject of a login remembered from the last {@value #REMEMBER_SECONDS} seconds, without asking the realm */
    public static Optional<Subject> remembered(String user, String password) {
        Remembered known = LOGINS.get(user + '\u0000' + digest(password));
        return known != null && System.nanoTime() - known.until() < 0 ? Optional.of(known.subject()) : Optional.empty();
    }

    /**
     * Forgets every remembered login of {@code user} on this node: after a wrong password for them, their next login
     * goes to the realm and the login guard again (a guess that hits the right password while the user is locked out
     * is refused, even if the user logged in a moment ago).
     */
    public static void forget(String user) {
        String prefix = user + '\u0000';
        LOGINS.keySet().removeIf(k -> k.startsWith(prefix));
    }

    /** @return whether the realm takes this user and password, asked now and not remembered */
    public static boolean accepts(String user, String password) {
        return realmLogin(user, password).isPresent();
    }

    /** @return the subject, or empty when the user name or password is wrong. */
    public static Optional<Subject> login(String user, String password) {
        Optional<Subject> known = remembered(user, password);
        if (known.isPresent()) {
            return known;
        }
        String key = user + '\u0000' + digest(password);
        long now = System.nanoTime();
        Optional<Subject> subject = realmLogin(user, password);
        if (subject.isPresent()) {
            if (LOGINS.size() >= REMEMBER_MAX) {
                LOGINS.values().removeIf(r -> now - r.until() >= 0);
                if (LOGINS.size() >= REMEMBER_MAX) {
                    LOGINS.clear();
                }
            }
            LOGINS.put(key, new Remembered(subject.get(), now + TimeUnit.SECONDS.toNanos(REMEMBER_SECONDS)));
        } else {
            LOGINS.remove(key);
        }
        return subject;
    }

    private static byte[] salt() {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return salt;
    }

    private static String digest(String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(SALT);
            return HexFormat.of().formatHex(sha.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Subject> realmLogin(String user, String password) {
        Subject subject = new Subject();
        try {
            LoginContext lc = new LoginContext(REALM, subject, callbacks -> {
                for (Callback cb : callbacks) {
                    if (cb instanceof NameCallback) {
                        ((NameCallback) cb).setName(user);
                    } else if (cb instanceof PasswordCallback) {
                        ((PasswordCallback) cb).setPassword(password.toCharArray());
                    } else {
                        throw new UnsupportedCallbackException(cb);
                    }
                }
            });
            lc.login();
            // shared by the requests that reuse this login: nobody may add principals to it
            subject.setReadOnly();
            return Optional.of(subject);
        } catch (LoginException e) {
            return Optional.empty();
        }
    }

    /** @return user and password of an {@code Authorization: Basic …} header, if well-formed. */
    public static Optional<String[]> basic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 1 ? Optional.empty()
                    : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static Optional<Actor> actor(Subject subject) {
        if (subject == null) {
            return Optional.empty();
        }
        String name = null;
        Set<String> roles = new HashSet<>();
        for (Principal p : subject.getPrincipals()) {
            if (p instanceof UserPrincipal) {
                name = p.getName();
            } else if (p instanceof RolePrincipal) {
                roles.add(p.getName());
            }
        }
        return name == null ? Optional.empty() : Optional.of(new Actor(name, roles));
    }

    /** @return the JAAS subject the current code runs as (Karaf shell, web console), if any. */
    @SuppressWarnings("removal")
    public static Optional<Actor> current() {
        return actor(Subject.getSubject(AccessController.getContext()));
    }
}
