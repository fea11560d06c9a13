package org.neiqin.api.error;

import java.util.Objects;

/**
 * One rule broken by one input field, e.g. {@code email / format / "not an e-mail address"}.
 *
 * @since 0.1
 */
public final class FieldError {
    private final String field;
    private final String rule;
    private final Text text;

    public FieldError(String field, String rule, String message) {
        this(field, rule, Text.plain(Objects.requireNonNull(message)));
    }

    /** @since 0.2 */
    public FieldError(String field, String rule, Text text) {
        this.field = Objects.requireNonNull(field);
        this.rule = Objects.requireNonNull(rule);
        this.text = Objects.requireNonNull(text);
    }

    /** @return the field's name as the client sent it (dotted path for nested fields). */
    public String field() { return field; }

    /** @return the rule's short name: {@code required}, {@code maxLength}, {@code format}, {@code min} … */
    public String rule() { return rule; }

    /** @return a sentence a user can act on. */
    public String message() { return text.toString(); }

    /** @return the sentence, translatable where it is shown. @since 0.2 */
    public Text text() { return text; }

    @Override
    public String toString() { return field + ": " + message(); }
}
