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

    @Override
    public boolean authenticate(HttpServletRequest request, HttpServletResponse response) {
        Optional<Subject> subject = Jaas.basic(request.getHeader("Authorization")).flatMap(up -> Jaas.login(up[0], up[1]));
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
        return Jaas.login(username, password).orElse(null);
    }

    @Override
    public boolean authorize(Object user, String role) {
        return true;
    }
}
