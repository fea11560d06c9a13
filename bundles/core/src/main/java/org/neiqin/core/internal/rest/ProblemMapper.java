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
import org.neiqin.core.internal.db.Failures;
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
        Optional<NeiqinException> known = Failures.translate(e);
        if (known.isPresent()) {
            NeiqinException n = known.get();
            // a user's mistake: one line, at INFO (a fault below keeps its stack)
            LOG.info("Refused a REST call ({} {}): {}{}", n.status(), n.code(), n.getMessage(),
                    n instanceof Failures.Busy busy ? " (" + busy.why() + ")" : "");
            Map<String, Object> p = problem(n.status(), n.code(), n.getMessage());
            if (n instanceof ValidationException) {
                List<Map<String, String>> errors = new ArrayList<>();
                for (FieldError f : ((ValidationException) n).errors()) {
                    errors.add(Map.of("field", f.field(), "rule", f.rule(), "message", f.message()));
                }
                p.put("errors", errors);
            }
            Response r = response(n.status(), p);
            // nothing was changed: the same request may be sent again in a second
            return n instanceof Failures.Busy ? Response.fromResponse(r).header("Retry-After", "1").build() : r;
        }
        if (e instanceof WebApplicationException) {
            int status = ((WebApplicationException) e).getResponse().getStatus();
            return response(status, problem(status, "http-" + status, e.getMessage()));
        }
        LOG.error("Unexpected failure in a Neiqin REST call", e);
        return response(500, problem(500, "internal", "the server failed; the error is logged"));
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
