package org.neiqin.api.error;

/**
 * Base of the exceptions Neiqin services throw on purpose. Unchecked, so that a transaction
 * it crosses is always rolled back.
 *
 * @since 0.1
 */
public abstract class NeiqinException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected NeiqinException(String message) { super(message); }

    protected NeiqinException(String message, Throwable cause) { super(message, cause); }

    /** @return the HTTP status this failure maps to (400, 403, 404, 409 …). */
    public abstract int status();

    /** @return a short stable code for clients and translations, e.g. {@code validation}. */
    public abstract String code();
}
