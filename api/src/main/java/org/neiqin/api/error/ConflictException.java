package org.neiqin.api.error;

/**
 * The write conflicts with the current state: a stale version, a duplicate, or a state
 * transition that is not allowed now. Nothing was changed; reload and try again.
 *
 * @since 0.1
 */
public class ConflictException extends NeiqinException {
    private static final long serialVersionUID = 1L;
    private final String code;

    public ConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** @since 0.2 */
    public ConflictException(String code, Text text) {
        super(text);
        this.code = code;
    }

    /** A stale optimistic-lock version. */
    public static ConflictException stale(String what, Object id) {
        return new ConflictException("stale", Text.of("error.stale",
                "{0} {1} was changed by someone else since you loaded it; reload it and apply your change again",
                what, id));
    }

    /**
     * Optimistic locking as every module applies it: the version the client loaded must still be
     * the current one, so that a change made meanwhile is never overwritten.
     *
     * @throws ConflictException (stale) naming both versions if they differ
     */
    public static void requireVersion(int current, int loaded, String what, Object id) {
        if (current != loaded) {
            throw new ConflictException("stale", Text.of("error.stale.versions",
                    "{0} {1} was changed by someone else since you loaded it (you loaded version {2}, it is now at {3});"
                            + " reload it and apply your change again", what, id, loaded, current));
        }
    }

    @Override
    public int status() { return 409; }

    @Override
    public String code() { return code; }
}
