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
import org.neiqin.core.internal.security.Jaas;
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

    @Activate
    public AuthFilter(@Reference SecurityServiceImpl security, @Reference CoreDatabase db) {
        this.security = security;
        this.idempotency = new Idempotency(db, security);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        // a client that accepts problem details reads the resource too: a generated client asks a file download for
        // nothing but its error form (application/problem+json), and gets the PDF or CSV, not 406
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains(NeiqinRest.PROBLEM_JSON) && !accept.contains("*/*")) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept + ", */*;q=0.1");
        }
        Optional<Actor> actor = Jaas.basic(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                .flatMap(up -> Jaas.login(up[0], up[1])).flatMap(Jaas::actor);
        if (actor.isEmpty()) {
            request.abortWith(Response.fromResponse(ProblemMapper.response(401, ProblemMapper.problem(401,
                    "unauthenticated", "log in with HTTP Basic authentication (a Karaf user)")))
                    .header(HttpHeaders.WWW_AUTHENTICATE, Jaas.HTTP_REALM).build());
            return;
        }
        security.set(actor.get());
        idempotency.before(request);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        try {
            idempotency.after(request, response);
        } finally {
            security.clear();
        }
    }
}
