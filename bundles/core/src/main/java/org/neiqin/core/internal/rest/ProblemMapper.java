package org.neiqin.core.internal.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.NeiqinException;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.rest.NeiqinRest;
import org.neiqin.core.internal.db.Jdbc;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one error model of Neiqin's REST resources: RFC 9457 problem details, with
 * {@code errors: [{field, rule, message}]} for bad input. Unexpected failures are logged and
 * answered with 500 without internals.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)
public class ProblemMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    @Override
    public Response toResponse(Throwable e) {
        Throwable t = unwrap(e);
        if (t instanceof NeiqinException) {
            NeiqinException n = (NeiqinException) t;
            Map<String, Object> p = problem(n.status(), n.code(), n.getMessage());
            if (n instanceof ValidationException) {
                List<Map<String, String>> errors = new ArrayList<>();
                for (FieldError f : ((ValidationException) n).errors()) {
                    errors.add(Map.of("field", f.field(), "rule", f.rule(), "message", f.message()));
                }
                p.put("errors", errors);
            }
            return response(n.status(), p);
        }
        if (t instanceof WebApplicationException) {
            int status = ((WebApplicationException) t).getResponse().getStatus();
            return response(status, problem(status, "http-" + status, t.getMessage()));
        }
        if (t instanceof LockFailure) {
            return Response.fromResponse(response(503, problem(503, "busy", t.getMessage()))).header("Retry-After", "1")
                    .build();
        }
        LOG.error("Unexpected failure in a Neiqin REST call", t);
        return response(500, problem(500, "internal", "the server failed; the error is logged"));
    }

    /** A lock the database could not grant in time: nothing was changed, and the request may be sent again. */
    private static final class LockFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LockFailure(String sqlState) {
            super("the database could not take the locks this change needs in time (SQLState " + sqlState
                    + "); nothing was changed; send it again");
        }
    }

    /**
     * A stale optimistic lock or a constraint caught deep in a provider still reaches the client as
     * such; so does a lock the database could not grant in time, which Hibernate also reports as an
     * optimistic lock failure although nobody else changed the record (so it is looked for first).
     */
    private static Throwable unwrap(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof NeiqinException) {
                return c;
            }
        }
        Optional<String> lock = Jdbc.sqlState(e, "40");
        if (lock.isPresent()) {
            return new LockFailure(lock.get());
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c.getClass().getName().endsWith("OptimisticLockException")) {
                return new org.neiqin.api.error.ConflictException("stale", "the record was changed by someone else "
                        + "since you loaded it; reload it and apply your change again");
            }
        }
        return e;
    }

    public static Map<String, Object> problem(int status, String code, String detail) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "https://neiqin.org/problems/" + code);
        p.put("title", Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase());
        p.put("status", status);
        p.put("code", code);
        p.put("detail", detail);
        return p;
    }

    public static Response response(int status, Map<String, Object> problem) {
        return Response.status(status).type(NeiqinRest.PROBLEM_JSON).entity(problem).build();
    }
}
