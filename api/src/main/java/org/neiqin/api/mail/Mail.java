package org.neiqin.api.mail;

import java.util.List;
import java.util.Objects;

/**
 * One message: plain text in UTF-8, with its attachments.
 *
 * @param to the addresses it goes to (at least one)
 * @param subject its subject
 * @param text its body
 * @param attachments the files attached, none when empty
 * @since 0.1
 */
public record Mail(List<String> to, String subject, String text, List<Attachment> attachments) {
    public Mail {
        to = List.copyOf(to);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        attachments = List.copyOf(attachments);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("a mail goes to somebody");
        }
    }

    /**
     * A file attached to a mail.
     *
     * @param fileName the name the reader sees
     * @param contentType its media type, e.g. {@code text/html; charset=UTF-8}
     * @param content its bytes
     */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}
