package org.neiqin.crm.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.crm.PaymentTerms;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Spec;

/** Every rule a customer card must meet, field by field: the {@link Spec}s plus the rules between fields. */
public final class CustomerRules {
    private CustomerRules() {
    }

    /** @param today the company's date: a founding date after it is refused */
    public static List<FieldError> check(CustomerData d, LocalDate today) {
        List<FieldError> errors = new ArrayList<>(Forms.check(d));
        if (d.paymentTerms() == PaymentTerms.CREDIT && (d.creditDays() == null || d.creditDays() == 0)) {
            errors.add(new FieldError("creditDays", "required", Text.of("crm.creditDays.required",
                    "credit terms need the number of credit days")));
        }
        if (d.founded() != null && d.founded().isAfter(today)) {
            errors.add(new FieldError("founded", "past", Text.of("crm.founded.future",
                    "the founding date cannot be in the future")));
        }
        if (d.founded() != null && d.tradingSince() != null && d.tradingSince().isBefore(d.founded())) {
            errors.add(new FieldError("tradingSince", "order", Text.of("crm.tradingSince.beforeFounded",
                    "trading cannot start before the customer was founded")));
        }
        return errors;
    }
}
