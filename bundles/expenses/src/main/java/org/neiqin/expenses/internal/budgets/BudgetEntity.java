package org.neiqin.expenses.internal.budgets;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.neiqin.kit.store.Recorded;

/** A budget: planned, and what approvals committed and payments spent of it, kept as they happen. */
@Entity
@Table(name = "EXP_BUDGET")
public class BudgetEntity extends Recorded {
    /** The category of a budget for every category. */
    public static final String ALL = "*";

    String name;
    @Enumerated(EnumType.STRING)
    BudgetScope scope;
    String scopeKey;
    String category;
    LocalDate periodFrom;
    LocalDate periodTo;
    String currency;
    BigDecimal planned;
    BigDecimal committed;
    BigDecimal actual;
    String note;

    BigDecimal available() {
        return planned.subtract(committed).subtract(actual);
    }

    @Override
    public String reference() {
        return name;
    }
}
