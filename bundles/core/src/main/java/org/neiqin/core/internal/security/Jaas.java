package org.neiqin.core.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.AccessController;
import java.security.Principal;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

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

/** Logging in against Karaf's JAAS realm, for the REST filter and the console. */
public final class Jaas {
    public static final String REALM = "karaf";

    private Jaas() {
    }

    /** @return the subject, or empty when the user name or password is wrong. */
    public static Optional<Subject> login(String user, String password) {
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
