package org.neiqin.api.error;

/**
 * The caller is known but lacks the permission the operation needs.
 *
 * @since 0.1
 */
public class AccessDeniedException extends NeiqinException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) { super(message); }

    /** @since 0.2 */
    public AccessDeniedException(Text text) { super(text); }

    @Override
    public int status() { return 403; }

    @Override
    public String code() { return "forbidden"; }
}
