package org.neiqin.invoicing.internal.console;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.neiqin.api.console.PageRequest;
import org.neiqin.api.error.FieldConflictException;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.ValidationException;
import org.neiqin.kit.form.Forms;

/**
 * The rows of a grid of given rows ({@code Field.fixedGrid}) that the user filled: a row whose {@code filled} cell is
 * empty is left out. Each is bound as a record; a binding error, and a service's error naming {@code grid[i]} of the
 * rows sent, is told on the row the user sees ({@link #moved}).
 *
 * @param <R> the record a row is
 */
final class FilledRows<R extends Record> {
    private final String grid;
    private final List<R> rows = new ArrayList<>();
    private final List<Integer> at = new ArrayList<>();

    /**
     * @param key a cell every row has (hidden), which marks how many rows there are
     * @param filled the cell whose value says the row is meant
     * @param values maps a parameter's value before binding (the company's currency on amounts), or identity
     */
    FilledRows(PageRequest r, String grid, String key, String filled, Class<R> type, UnaryOperator<java.util.function.Function<String, String>> values) {
        this.grid = grid;
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; r.param(grid + "[" + i + "]." + key) != null; i++) {
            String value = r.param(grid + "[" + i + "]." + filled);
            if (value == null || value.isBlank()) {
                continue;
            }
            String prefix = grid + "[" + i + "].";
            List<FieldError> bad = new ArrayList<>();
            rows.add(Forms.bind(type, values.apply(n -> r.param(prefix + n)), bad));
            at.add(i);
            bad.forEach(e -> errors.add(new FieldError(prefix + e.field(), e.rule(), e.text())));
        }
        Forms.require(errors);
    }

    List<R> rows() {
        return rows;
    }

    /** @return the service's refusal with {@code grid[i]} of the rows sent renamed to the grid's row; as it was else */
    ValidationException moved(ValidationException e, String serviceGrid) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("^" + java.util.regex.Pattern.quote(serviceGrid)
                + "\\[(\\d+)\\](.*)");
        List<FieldError> moved = new ArrayList<>();
        boolean any = false;
        for (FieldError f : e.errors()) {
            java.util.regex.Matcher m = p.matcher(f.field());
            int i = m.matches() ? Integer.parseInt(m.group(1)) : -1;
            any |= i >= 0 && i < at.size();
            moved.add(i < 0 || i >= at.size() ? f : new FieldError(grid + "[" + at.get(i) + "]" + m.group(2), f.rule(),
                    f.text()));
        }
        if (!any) {
            return e;
        }
        return e instanceof FieldConflictException c ? new FieldConflictException(c.code(), moved)
                : new ValidationException(moved);
    }
}
