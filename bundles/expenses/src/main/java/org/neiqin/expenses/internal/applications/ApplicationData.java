package org.neiqin.expenses.internal.applications;

import java.time.LocalDate;

import org.neiqin.api.crm.CustomerDirectory;
import org.neiqin.api.money.Money;
import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;

/**
 * An application as the salesperson or the office asks for it: the activity, the budget line it is charged to (the
 * applicant's own promotion budget when left empty), the estimate and the activity's days; a promotion for a customer
 * may allow it a rate (%) of what it buys during the activity (促销折让), computed when the activity is verified.
 */
public record ApplicationData(
        @Spec(required = true, kind = Kind.CHOICE) ApplicationKind kind,
        @Spec(max = 300, required = true) String purpose,
        @Spec(kind = Kind.ID) Long budgetId,
        @Spec(max = 20) String region,
        @Spec(kind = Kind.ID, lookup = CustomerDirectory.LOOKUP) Long customerId,
        @Spec(required = true, kind = Kind.AMOUNT, positive = true) Money estimate,
        @Spec(required = true, kind = Kind.DATE) LocalDate periodFrom,
        @Spec(required = true, kind = Kind.DATE) LocalDate periodTo,
        @Spec(kind = Kind.QUANTITY, positive = true) java.math.BigDecimal allowanceRate,
        @Spec(max = 500, kind = Kind.LONG_TEXT) String note) {
}
