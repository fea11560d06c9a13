package org.neiqin.core.internal.rest;

import java.util.Optional;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.neiqin.api.rest.NeiqinRest;
import org.neiqin.api.security.Actor;
import org.neiqin.core.internal.db.CoreDatabase;
import org.neiqin.core.internal.metrics.CoreMetrics;
import org.neiqin.core.internal.security.Jaas;
import org.neiqin.core.internal.security.LoginGuard;
import org.neiqin.core.internal.security.SecurityServiceImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/**
 * HTTP Basic against Karaf's JAAS realm for every Neiqin resource; the authenticated user is the
 * actor of the services the resource calls, until the response is written. Then, for writes,
 * the {@link Idempotency} check (kept in this one filter so the order of the two is certain).
 */
@Component(service = {ContainerRequestFilter.class, ContainerResponseFilter.class})
@JaxrsExtension
@PreMatching
@JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)
public class AuthFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private final SecurityServiceImpl security;
    private final Idempotency idempotency;
    private final CoreDatabase db;

    private final LoginGuard guard;
    @javax.ws.rs.core.Context
    private javax.servlet.http.HttpServletRequest servletRequest;
    @javax.ws.rs.core.Context
    private javax.ws.rs.container.ResourceInfo resourceInfo;
    private static final String STARTED = "neiqin.started";

    @Activate
    public AuthFilter(@Reference SecurityServiceImpl security, @Reference CoreDatabase db, @Reference LoginGuard guard) {
        this.security = security;
        this.guard = guard;
        this.idempotency = new Idempotency(db, security);
        this.db = db;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
        if (db.tx().abandonLeftOver()) {
            org.slf4j.LoggerFactory.getLogger(AuthFilter.class).warn("a transaction left open on this thread by an "
                    + "earlier request was rolled back");
        }
        // a client that accepts problem details reads the resource too: a generated client asks a file download for
        // nothing but its error form (application/problem+json), and gets the PDF or CSV, not 406
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains(NeiqinRest.PROBLEM_JSON) && !accept.contains("*/*")) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept + ", */*;q=0.1");
        }
        Optional<String[]> basic = Jaas.basic(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        LoginGuard.Outcome outcome = basic.isEmpty() ? new LoginGuard.Wrong()
                : guard.login(basic.get()[0], basic.get()[1], address(request));
        if (outcome instanceof LoginGuard.Refused refused) {
            request.abortWith(Response.fromResponse(ProblemMapper.response(429, ProblemMapper.problem(429,
                    "login-refused", "too many wrong passwords for this user or from this address: logins are refused "
                            + "for " + refused.seconds() + " s more")))
                    .header(HttpHeaders.RETRY_AFTER, refused.seconds()).build());
            return;
        }
        Optional<Actor> actor = outcome instanceof LoginGuard.In in ? Jaas.actor(in.subject()) : Optional.empty();
        if (actor.isEmpty()) {
            request.abortWith(Response.fromResponse(ProblemMapper.response(401, ProblemMapper.problem(401,
                    "unauthenticated", "log in with HTTP Basic authentication (a Karaf user)")))
                    .header(HttpHeaders.WWW_AUTHENTICATE, Jaas.HTTP_REALM).build());
            return;
        }
        security.set(actor.get());
        idempotency.before(request);
    }

    /** @return the client's address (CXF keeps the servlet request among the message's properties too) */
    private String address(ContainerRequestContext request) {
        javax.servlet.http.HttpServletRequest http = servletRequest;
        Object kept = request.getProperty("HTTP.REQUEST");
        if (kept instanceof javax.servlet.http.HttpServletRequest) {
            http = (javax.servlet.http.HttpServletRequest) kept;
        }
        return http == null ? "?" : guard.address(http.getRemoteAddr(), http.getHeader("X-Forwarded-For"));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        try {
            idempotency.after(request, response);
        } finally {
            security.clear();
            Object started = request.getProperty(STARTED);
            if (started instanceof Long) {
                CoreMetrics.request(resource(), request.getMethod(), response.getStatus(), System.nanoTime() - (Long) started);
            }
        }
    }

    /** @return the resource that answered, as {@code Class.method}; "-" when none was matched (401, 404) */
    private String resource() {
        try {
            java.lang.reflect.Method m = resourceInfo == null ? null : resourceInfo.getResourceMethod();
            return m == null ? "-" : m.getDeclaringClass().getSimpleName() + "." + m.getName();
        } catch (RuntimeException outsideARequest) {
            return "-";
        }
    }
}
