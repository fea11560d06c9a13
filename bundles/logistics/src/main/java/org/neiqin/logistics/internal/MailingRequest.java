package org.neiqin.logistics.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.neiqin.api.money.Money;
import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;

/**
 * Materials or samples to register as sent: what (a sample, promotional material or a gift), how many,
 * to whom (a customer of the files, or anyone, named with an address), how, at what cost, with the
 * tracking number.
 */
public record MailingRequest(@Spec(required = true, kind = Kind.CHOICE) LineKind kind,
        @Spec(required = true, max = 300) String what, @Spec(required = true, kind = Kind.QUANTITY, positive = true) BigDecimal quantity,
        @Spec(kind = Kind.ID, lookup = org.neiqin.api.crm.CustomerDirectory.LOOKUP) Long customer, @Spec(required = true, max = 200) String recipient,
        @Spec(required = true, max = 300) String address, @Spec(required = true, kind = Kind.CHOICE) MailMethod method,
        @Spec(kind = Kind.AMOUNT) Money cost, @Spec(max = 60) String tracking,
        @Spec(required = true, kind = Kind.DATE) LocalDate sentOn) {
}
