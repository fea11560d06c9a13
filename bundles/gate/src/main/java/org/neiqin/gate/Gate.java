package org.neiqin.gate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Hashtable;
import java.util.function.BooleanSupplier;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.neiqin.api.rest.NeiqinRest;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/**
 * In front of every address under {@code /neiqin} (REST, the public pages, the health checks): sets the security
 * headers, and answers 503 with {@code Retry-After} while core does not say that every installed module serves — a
 * node starting, core not there yet, a feature being installed — before any work is done, so that a load balancer may
 * send the request to another node, a POST included. The health checks themselves always pass.
 *
 * <p>Started before the HTTP server (its start level is below Pax Web's) and without Declarative Services, so the
 * filter is registered before the server's port opens: a starting node never answers 404 for an address it will serve
 * a moment later. The console's pages are gated by core's console login (they are not served in this context).
 */
public final class Gate implements BundleActivator, Filter {
    static final String RETRY_AFTER_SECONDS = "5";
    private static final byte[] STARTING = ("{\"type\":\"https://neiqin.org/problems/starting\",\"title\":\"Service "
            + "Unavailable\",\"status\":503,\"code\":\"starting\",\"detail\":\"this node is starting, or a module is being "
            + "installed; nothing was done; send the request again\"}").getBytes(StandardCharsets.UTF_8);

    private ServiceTracker<BooleanSupplier, BooleanSupplier> readiness;
    private ServiceRegistration<Filter> registration;

    @Override
    public void start(BundleContext context) throws InvalidSyntaxException {
        readiness = new ServiceTracker<>(context, FrameworkUtil.createFilter("(&(objectClass="
                + BooleanSupplier.class.getName() + ")(" + NeiqinRest.READINESS_PROPERTY + "=*))"), null);
        readiness.open();
        Hashtable<String, Object> props = new Hashtable<>();
        // every context: the REST application is served in a context of its own (the JAX-RS whiteboard makes one per
        // application, at its base path), and before it is there its addresses fall to the default context
        props.put("osgi.http.whiteboard.filter.pattern", "/*");
        props.put("osgi.http.whiteboard.context.select", "(osgi.http.whiteboard.context.name=*)");
        props.put("osgi.http.whiteboard.filter.name", "neiqin-gate");
        registration = context.registerService(Filter.class, this, props);
    }

    @Override
    public void stop(BundleContext context) {
        registration.unregister();
        readiness.close();
    }

    @Override
    public void init(FilterConfig config) {
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        String path = req.getRequestURI();
        if (!path.startsWith("/neiqin/") && !path.equals("/neiqin")) {
            chain.doFilter(request, response);
            return;
        }
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("X-Frame-Options", "DENY");
        res.setHeader("Referrer-Policy", "same-origin");
        res.setHeader("Content-Security-Policy", path.startsWith(NeiqinRest.PUBLIC_PATH) ? NeiqinRest.PAGE_POLICY
                : NeiqinRest.DATA_POLICY);
        if (!path.startsWith(NeiqinRest.HEALTH_PATH + "/") && !ready()) {
            res.setStatus(503);
            res.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            res.setHeader("Cache-Control", "no-store");
            res.setContentType(NeiqinRest.PROBLEM_JSON);
            res.setContentLength(STARTING.length);
            res.getOutputStream().write(STARTING);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean ready() {
        BooleanSupplier core = readiness.getService();
        return core != null && core.getAsBoolean();
    }

    @Override
    public void destroy() {
    }
}
