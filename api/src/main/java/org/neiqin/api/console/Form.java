package org.neiqin.api.console;

import java.util.List;
import java.util.Map;

/**
 * A form. A {@code GET} form filters the page it is on; a {@code POST} form is sent to
 * {@link ConsolePage#submit(PageRequest)} of the same page, carrying the CSRF token the toolkit
 * adds and checks.
 *
 * @param post whether it changes state (POST) or filters (GET)
 * @param submitLabel the button's text
 * @param fields in order
 * @param errors messages per field name, shown beside the fields
 * @since 0.1
 */
public record Form(boolean post, String submitLabel, List<Field> fields, Map<String, String> errors) implements Block {
    public Form {
        fields = List.copyOf(fields);
        errors = errors == null ? Map.of() : Map.copyOf(errors);
    }

    public static Form filter(String submitLabel, List<Field> fields) { return new Form(false, submitLabel, fields, Map.of()); }

    public static Form action(String submitLabel, List<Field> fields) { return new Form(true, submitLabel, fields, Map.of()); }
}
