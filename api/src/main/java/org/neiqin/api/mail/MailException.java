package org.neiqin.api.mail;

/**
 * A mail that was not sent, and why in a sentence the office can act on.
 *
 * @since 0.1
 */
public class MailException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MailException(String message, Throwable cause) {
        super(message, cause);
    }
}
