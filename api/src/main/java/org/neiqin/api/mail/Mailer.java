package org.neiqin.api.mail;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Sends mail through the company's SMTP server ({@code etc/org.neiqin.mail.cfg}: {@code host}, {@code port},
 * {@code from}, {@code user}, {@code password}, {@code security} = {@code none}, {@code starttls} or {@code ssl}).
 * A caller records each sending, and a failure so that it is shown and tried again; nothing is queued here.
 *
 * @since 0.1
 */
@ProviderType
public interface Mailer {
    /**
     * @return where mail to the person behind {@code login} goes ({@code login.email} in
     *         {@code etc/org.neiqin.people.cfg}), if known
     */
    java.util.Optional<String> addressOf(String login);

    /** @return whether an SMTP server is configured (otherwise every sending fails, saying so) */
    boolean configured();

    /**
     * Sends {@code mail} now.
     *
     * @throws MailException when it was not sent: no server configured, the server refused it, or it could not be
     *         reached (the message says which, for the person who tries again)
     */
    void send(Mail mail);
}
