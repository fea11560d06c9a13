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
    /** Request header that makes a write safe to retry. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Media type of error answers. */
    public static final String PROBLEM_JSON = "application/problem+json";

    private NeiqinRest() {
    }
}
