package org.neiqin.api.error;

/**
 * Base of the exceptions Neiqin services throw on purpose. Unchecked, so that a transaction
 * it crosses is always rolled back.
 *
 * @since 0.1
 */
public abstract class NeiqinException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Text text;

    protected NeiqinException(String message) { this(Text.plain(message)); }

    protected NeiqinException(String message, Throwable cause) {
        super(message, cause);
        this.text = Text.plain(message);
    }

    /** @since 0.2 */
    protected NeiqinException(Text text) {
        super(text.toString());
        this.text = text;
    }

    /** @since 0.2 */
    protected NeiqinException(Text text, Throwable cause) {
        super(text.toString(), cause);
        this.text = text;
    }

    /**
     * @return the message as a translatable text: the console shows it in the user's language,
     *         REST and logs in English ({@link #getMessage()})
     * @since 0.2
     */
    public Text text() { return text; }

    /** @return the HTTP status this failure maps to (400, 403, 404, 409 …). */
    public abstract int status();

    /** @return a short stable code for clients and translations, e.g. {@code validation}. */
    public abstract String code();
}
