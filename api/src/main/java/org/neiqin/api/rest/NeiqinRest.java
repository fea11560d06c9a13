package org.neiqin.api.rest;

/**
 * How a module joins the Neiqin REST application. A resource is a DS component annotated
 * {@code @JaxrsResource}, {@code @JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)} and
 * {@code @Path("<module>/...")}; it is then served under {@value #BASE_PATH}, authenticated
 * against Karaf's JAAS realm with HTTP Basic, and every {@link org.neiqin.api.error.NeiqinException}
 * it throws becomes an {@code application/problem+json} answer with field errors.
 * Writes honour the {@value #IDEMPOTENCY_KEY} header: a repeated key returns the first answer.
 *
 * @since 0.1
 */
public final class NeiqinRest {
    /** The application's base path on the HTTP service. */
    public static final String BASE_PATH = "/neiqin/api";
    /** {@code osgi.jaxrs.name} of the Neiqin application. */
    public static final String APPLICATION_NAME = "neiqin";
    /** Filter for {@code @JaxrsApplicationSelect}. */
    public static final String APPLICATION_SELECT = "(osgi.jaxrs.name=" + APPLICATION_NAME + ")";
    /**
     * Base path of what anyone may reach without logging in (a module's public web form and its JSON endpoint): plain
     * servlets of the HTTP whiteboard under it, outside this application, so that no login, session or idempotency key
     * of the console's reaches them.
     *
     * @since 0.4
     */
    public static final String PUBLIC_PATH = "/neiqin/public";
    /**
     * Base path of the health checks ({@code …/live}, {@code …/ready}), answered to anyone, saying only UP or DOWN.
     *
     * @since 0.5
     */
    public static final String HEALTH_PATH = "/neiqin/health";
    /**
     * Service property of the {@code java.util.function.BooleanSupplier} core registers: whether every installed module
     * serves. The gate in front of every Neiqin address answers 503 while it says no (or is not there yet).
     *
     * @since 0.5
     */
    public static final String READINESS_PROPERTY = "neiqin.readiness";
    /**
     * The Content-Security-Policy of every console page: only the console's own resources (nothing from another origin,
     * no plug-ins, forms sent only to the console, no framing). Inline scripts and styles stay allowed: the web console's
     * page template sets its addresses in an inline script.
     *
     * @since 0.5
     */
    public static final String PAGE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /**
     * The Content-Security-Policy of every REST answer and file download: data, never a page to run.
     *
     * @since 0.5
     */
    public static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";
    /** Request header that makes a write safe to retry. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Media type of error answers. */
    public static final String PROBLEM_JSON = "application/problem+json";

    private NeiqinRest() {
    }
}
