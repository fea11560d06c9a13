package org.neiqin.invoicing.internal;

import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;

/** How an agreed statement went to the customer: mailed now to the customer's address, or sent by post, fax or hand. */
public record StatementSending(
        @Spec(required = true) StatementEntity.Sent how,
        @Spec(max = 500, kind = Kind.LONG_TEXT) String note) {
}
