package org.neiqin.core.internal.console;

import java.net.URI;
import java.util.Locale;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.neiqin.api.security.Actor;
import org.neiqin.core.internal.security.Jaas;

/**
 * What a console request carries besides its form: who sent it, in which language, the one-time
 * message and language kept in cookies (not the HTTP session: any node behind a load balancer reads
 * them), and whether a POST comes back with the user's signed token from our own origin.
 */
final class ConsoleRequests {
    static final String FLASH = "neiqin.flash";
    static final String LANG = "neiqin.lang";

    private ConsoleRequests() {
    }

    /** @return why the POST is refused, or null: the user's signed token must come back, from our own origin. */
    static String csrfRefusal(HttpServletRequest req, ConsoleSigner signer) {
        Actor actor = actor(req);
        if (actor == null || !signer.isCsrf(actor.name(), req.getParameter(Html.CSRF_FIELD))) {
            return "missing or wrong CSRF token; reload the page and try again";
        }
        String origin = req.getHeader("Origin");
        if (origin == null || origin.equals("null")) {
            origin = req.getHeader("Referer");
        }
        if (origin == null) {
            return "the request names no Origin";
        }
        try {
            URI o = URI.create(origin);
            String host = req.getHeader("Host");
            if (host == null || !host.equalsIgnoreCase(o.getRawAuthority())) {
                return "cross-origin request from " + origin;
            }
        } catch (IllegalArgumentException e) {
            return "unreadable Origin " + origin;
        }
        return null;
    }

    static String takeFlash(HttpServletRequest req) {
        return (String) req.getAttribute(FLASH);
    }

    static String cookie(HttpServletRequest req, String name) {
        javax.servlet.http.Cookie[] all = req.getCookies();
        if (all != null) {
            for (javax.servlet.http.Cookie c : all) {
                if (name.equals(c.getName())) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    /** Sets a console cookie (0 seconds: removes it); the servlet API has no SameSite, so the header is written. */
    static void cookie(HttpServletRequest req, HttpServletResponse res, String name, String value, int seconds) {
        String path = req.getContextPath() + req.getServletPath();
        res.addHeader("Set-Cookie", name + "=" + value + "; Path=" + (path.isEmpty() ? "/" : path) + "; Max-Age="
                + seconds + "; HttpOnly; SameSite=Lax");
    }

    /** Language: {@code ?lang=zh|en} (remembered in a cookie), else the browser's first choice. */
    static Locale locale(HttpServletRequest req) {
        String lang = req.getParameter("lang");
        if (lang == null) {
            lang = cookie(req, LANG);
        }
        return lang != null ? Messages.supported(Locale.forLanguageTag(lang)) : Messages.supported(req.getLocale());
    }

    static Actor actor(HttpServletRequest req) {
        Object subject = req.getAttribute(ConsoleSecurityProvider.SUBJECT_ATTRIBUTE);
        return subject instanceof javax.security.auth.Subject
                ? Jaas.actor((javax.security.auth.Subject) subject).orElse(null) : null;
    }
}
