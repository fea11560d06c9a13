package org.neiqin.expenses.internal.applications;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.neiqin.kit.store.Recorded;
import org.neiqin.kit.store.Stateful;
import org.neiqin.kit.store.Transitions;

/** An expense application: the estimate approved and committed, then what verification found spent. */
@Entity
@Table(name = "EXP_APPLICATION")
public class ApplicationEntity extends Recorded implements Stateful<ApplicationState> {
    String code;
    @Enumerated(EnumType.STRING)
    ApplicationState state;
    String applicant;
    @Enumerated(EnumType.STRING)
    ApplicationKind kind;
    String purpose;
    String region;
    Long customerId;
    String customerName;
    Long budgetId;
    String currency;
    BigDecimal estimate;
    BigDecimal verified;
    /** The promotion's allowance (折让) to its customer: a rate (%) of what it bought during the activity. */
    BigDecimal allowanceRate;
    BigDecimal allowanceBase;
    BigDecimal allowance;
    LocalDate periodFrom;
    LocalDate periodTo;
    LocalDate verifyBy;
    String receipts;
    /** Why it went to the next level (budget), empty when it did not. */
    String higher;
    String note;

    @Override
    public String reference() {
        return code;
    }

    @Override
    public ApplicationState state() {
        return state;
    }

    @Override
    public void state(ApplicationState to) {
        state = to;
    }

    @Override
    public Transitions<ApplicationState> transitions() {
        return ApplicationState.STEPS;
    }
}
