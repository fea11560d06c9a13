package org.neiqin.core.internal.console;

import java.io.IOException;
import java.util.Optional;

import javax.security.auth.Subject;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.felix.webconsole.WebConsoleSecurityProvider2;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.Roles;
import org.neiqin.core.internal.security.Jaas;
import org.neiqin.core.internal.security.LoginGuard;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces Karaf's web console login (it outranks it) so that people with only Neiqin roles can log
 * in: Karaf's {@code admin} reaches every page as before; anyone else holding a Neiqin role reaches
 * only the Neiqin pages and the console's static resources, and gets 403 on Karaf's system pages.
 * What a Neiqin page then shows is decided by the page's permission, in the services.
 */
@Component(service = org.apache.felix.webconsole.WebConsoleSecurityProvider.class,
        property = {Constants.SERVICE_RANKING + ":Integer=100"})
public class ConsoleSecurityProvider implements WebConsoleSecurityProvider2 {
    /** Karaf's web console runs the request as the subject stored under this attribute. */
    public static final String SUBJECT_ATTRIBUTE = "karaf.subject.runas";
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleSecurityProvider.class);

    @org.osgi.service.component.annotations.Reference
    private org.neiqin.core.internal.health.Readiness readiness;
    @org.osgi.service.component.annotations.Reference
    private LoginGuard guard;

    @Override
    public boolean authenticate(HttpServletRequest request, HttpServletResponse response) {
        String segment = firstSegment(request);
        if (segment.startsWith("neiqin")) {
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Referrer-Policy", "same-origin");
            response.setHeader("Content-Security-Policy", org.neiqin.api.rest.NeiqinRest.PAGE_POLICY);
            if (!readiness.modulesReady()) {
                starting(response);
                return false;
            }
        }
        Optional<String[]> basic = Jaas.basic(request.getHeader("Authorization"));
        LoginGuard.Outcome outcome = basic.isEmpty() ? new LoginGuard.Wrong() : guard.login(basic.get()[0], basic.get()[1],
                guard.address(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")));
        if (outcome instanceof LoginGuard.Refused refused) {
            refused(response, refused.seconds());
            return false;
        }
        Optional<Subject> subject = outcome instanceof LoginGuard.In in ? Optional.of(in.subject()) : Optional.empty();
        Optional<Actor> actor = subject.flatMap(Jaas::actor);
        try {
            if (actor.isEmpty()) {
                response.setHeader("WWW-Authenticate", Jaas.HTTP_REALM);
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return false;
            }
            Actor a = actor.get();
            if (!a.hasRole(Roles.KARAF_ADMIN)) {
                String page = firstSegment(request);
                if (!a.hasAnyRole(java.util.Set.copyOf(Roles.ALL))) {
                    response.sendError(HttpServletResponse.SC_FORBIDDEN, a.name() + " holds no Neiqin role");
                    return false;
                }
                if (page.isEmpty()) {
                    response.sendRedirect(request.getContextPath() + request.getServletPath() + "/neiqin");
                    return false;
                }
                if (!page.startsWith("neiqin") && !page.equals("res")) {
                    response.sendError(HttpServletResponse.SC_FORBIDDEN,
                            "only administrators may open Karaf's system pages");
                    return false;
                }
            }
            request.setAttribute("org.osgi.service.http.authentication.type", HttpServletRequest.BASIC_AUTH);
            request.setAttribute("org.osgi.service.http.authentication.remote.user", a.name());
            request.setAttribute(USER_ATTRIBUTE, a.name());
            request.setAttribute(SUBJECT_ATTRIBUTE, subject.get());
            return true;
        } catch (IOException e) {
            LOG.debug("could not answer an unauthorised console request", e);
            return false;
        }
    }

    /** Too many wrong passwords: 429, with when to try again, in both languages. */
    private static void refused(HttpServletResponse response, long seconds) {
        try {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(seconds));
            response.setContentType("text/html;charset=UTF-8");
            long minutes = Math.max(1, (seconds + 59) / 60);
            response.getWriter().write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Login refused</title>"
                    + "</head><body><h1>Too many wrong passwords 密码错误次数过多</h1><p>Logins of this user or from this "
                    + "address are refused for " + minutes + " more minute(s). 该用户或该地址的登录暂停约 " + minutes
                    + " 分钟。</p></body></html>");
            // committed here: an unanswered refusal would become the HTTP service's own 403
            response.flushBuffer();
        } catch (IOException e) {
            LOG.debug("could not answer a refused console login", e);
        }
    }

    /** A Neiqin page while a module does not serve yet: 503, before the login, so a load balancer may try another node. */
    private static void starting(HttpServletResponse response) {
        try {
            response.setStatus(503);
            response.setHeader("Retry-After", "5");
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Neiqin is starting</title>"
                    + "</head><body><h1>Neiqin is starting 内勤正在启动</h1><p>Try again in a few seconds. 请稍后再试。</p>"
                    + "</body></html>");
            response.flushBuffer();
        } catch (IOException e) {
            LOG.debug("could not answer a console request while starting", e);
        }
    }

    /**
     * @return the console page segment of the request ("" for the console root), from the path the
     *         request is dispatched on: servlet path and path info together (the console's static
     *         resources have a servlet of their own, {@code /system/console/res}, whose path info
     *         alone names no segment), or the normalised, decoded request URI where the check runs
     *         before a servlet is matched
     */
    static String firstSegment(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        String path;
        if (servletPath != null && !servletPath.isEmpty()) {
            path = servletPath + (request.getPathInfo() == null ? "" : request.getPathInfo());
        } else {
            try {
                path = java.net.URI.create(request.getRequestURI()).normalize().getPath();
            } catch (IllegalArgumentException unreadable) {
                return "?";
            }
            String context = request.getContextPath();
            if (context != null && !context.isEmpty() && path.startsWith(context)) {
                path = path.substring(context.length());
            }
        }
        int console = path.indexOf("/system/console");
        path = console >= 0 ? path.substring(console + "/system/console".length()) : path;
        if (path.startsWith("/")) {
            path = path.substring(1);
        }
        int slash = path.indexOf('/');
        return slash < 0 ? path : path.substring(0, slash);
    }

    @Override
    public Object authenticate(String username, String password) {
        return guard.login(username, password, "?") instanceof LoginGuard.In in ? in.subject() : null;
    }

    @Override
    public boolean authorize(Object user, String role) {
        return true;
    }
}
