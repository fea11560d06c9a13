package org.neiqin.core.internal.health;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Liveness and readiness for load balancers and orchestrators, without a login, saying nothing but UP or DOWN (why a
 * node is not ready is for the operator: {@code neiqin:health}).
 * <ul>
 * <li>{@value #READY} (also {@code /readiness-check}): 200 when the database answers, every schema is migrated and
 * every installed module serves; 503 otherwise.</li>
 * <li>{@value #LIVE} (also {@code /health-check}): 200 while the node answers at all.</li>
 * </ul>
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.pattern=" + HealthServlet.READY,
    "osgi.http.whiteboard.servlet.pattern=" + HealthServlet.LIVE,
    "osgi.http.whiteboard.servlet.pattern=/readiness-check",
    "osgi.http.whiteboard.servlet.pattern=/health-check",
    "osgi.http.whiteboard.servlet.name=neiqin-health"})
public class HealthServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    public static final String BASE = org.neiqin.api.rest.NeiqinRest.HEALTH_PATH;
    public static final String READY = BASE + "/ready";
    public static final String LIVE = BASE + "/live";

    private final transient Readiness readiness;

    @Activate
    public HealthServlet(@Reference Readiness readiness) {
        this.readiness = readiness;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getServletPath();
        boolean live = LIVE.equals(path) || "/health-check".equals(path);
        boolean up = live || readiness.problems().isEmpty();
        res.setStatus(up ? 200 : 503);
        if (!up) {
            res.setHeader("Retry-After", "5");
        }
        res.setContentType("application/json");
        res.setCharacterEncoding("UTF-8");
        res.setHeader("Cache-Control", "no-store");
        res.setHeader("X-Content-Type-Options", "nosniff");
        byte[] body = (up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}").getBytes(StandardCharsets.UTF_8);
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }
}
