package org.neiqin.invoicing.internal;

import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;

/** A ladder step done by hand (the salesperson reminded by phone, the letter sent by post): how it was done. */
public record StepDone(@Spec(required = true, max = 500, kind = Kind.LONG_TEXT) String note) {
}
