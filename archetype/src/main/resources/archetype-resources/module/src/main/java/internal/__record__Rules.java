package ${package}.internal;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.kit.form.Forms;

/** The module's rules for a record beyond what {@code @Spec} says: static and pure, unit-tested without Karaf. */
public final class ${record}Rules {
    private ${record}Rules() {
    }

    /** @return every problem of {@code d}; empty when it may be saved */
    public static List<FieldError> check(${record}Data d) {
        List<FieldError> errors = new ArrayList<>(Forms.check(d));
        if (d.name() != null && d.name().trim().matches("[0-9]+")) {
            errors.add(new FieldError("name", "format", Text.of("${moduleId}.name.digits",
                    "a name is more than a number; the code is given by the module")));
        }
        return errors;
    }
}
