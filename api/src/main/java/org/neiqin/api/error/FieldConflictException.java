package org.neiqin.api.error;

import java.util.List;

/**
 * The request is well formed, but what it names conflicts with the data as it stands (more than is
 * left to deliver of an order line, a return of more than was delivered): 409 with the fields, as a
 * {@link ValidationException} names them, so that a form shows each beside its field. Nothing was
 * changed; the same request may succeed once the data has moved (another note cancelled).
 *
 * @since 0.3
 */
public class FieldConflictException extends ValidationException {
    private static final long serialVersionUID = 1L;
    private final String code;

    /** @param code a short stable code for clients, e.g. {@code remaining} */
    public FieldConflictException(String code, List<FieldError> errors) {
        super("conflicts with the data as it stands: ", errors);
        this.code = code;
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String code() {
        return code;
    }
}
