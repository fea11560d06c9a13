package org.neiqin.api.error;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Bad input: names every field and rule that failed. Nothing was changed.
 *
 * @since 0.1
 */
public class ValidationException extends NeiqinException {
    private static final long serialVersionUID = 1L;
    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        this("invalid input: ", errors);
    }

    /**
     * @param lead what the message says before the fields ({@code "invalid input: "})
     * @since 0.3
     */
    protected ValidationException(String lead, List<FieldError> errors) {
        super(summary(lead, errors));
        this.errors = Collections.unmodifiableList(new ArrayList<>(errors));
    }

    public ValidationException(String field, String rule, String message) {
        this(List.of(new FieldError(field, rule, message)));
    }

    /** @since 0.2 */
    public ValidationException(String field, String rule, Text text) {
        this(List.of(new FieldError(field, rule, text)));
    }

    public List<FieldError> errors() { return errors; }

    @Override
    public int status() { return 400; }

    @Override
    public String code() { return "validation"; }

    private static String summary(String lead, List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation failure names at least one field");
        }
        StringBuilder sb = new StringBuilder(lead);
        for (int i = 0; i < errors.size(); i++) {
            sb.append(i == 0 ? "" : "; ").append(errors.get(i));
        }
        return sb.toString();
    }
}
