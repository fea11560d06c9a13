package org.neiqin.api.error;

/**
 * The thing asked for does not exist (or the caller may not know that it does).
 *
 * @since 0.1
 */
public class NotFoundException extends NeiqinException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) { super(what + " " + id + " not found"); }

    @Override
    public int status() { return 404; }

    @Override
    public String code() { return "not-found"; }
}
