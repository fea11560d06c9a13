package ${package}.internal;

import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;

/**
 * What a user enters: described once, so that REST, the console form, the shell and imports check it
 * the same way. Each field's label is {@code field.<name>} in the messages.
 */
public record ${record}Data(
        @Spec(max = 100, required = true) String name,
        @Spec(required = true, kind = Kind.CHOICE) ${record}Kind kind,
        @Spec(max = 500, kind = Kind.LONG_TEXT) String note) {
}
