package org.neiqin.api.error;

/**
 * The thing asked for does not exist (or the caller may not know that it does).
 *
 * @since 0.1
 */
public class NotFoundException extends NeiqinException {
    private static final long serialVersionUID = 1L;

    /**
     * @param what what was asked for, in English ({@code document}); its message key is
     *        {@code notFound.<what>} with spaces as dashes ({@code notFound.stock-up-request}) and
     *        the id as argument 0
     */
    public NotFoundException(String what, Object id) {
        super(Text.of("notFound." + what.trim().replaceAll("[^A-Za-z0-9.]+", "-"), what + " {0} not found", id));
    }

    /** @since 0.2 */
    public NotFoundException(Text text) {
        super(text);
    }

    @Override
    public int status() { return 404; }

    @Override
    public String code() { return "not-found"; }
}
