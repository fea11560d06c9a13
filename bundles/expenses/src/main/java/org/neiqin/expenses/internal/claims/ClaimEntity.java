package org.neiqin.expenses.internal.claims;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.neiqin.kit.store.Recorded;
import org.neiqin.kit.store.Stateful;
import org.neiqin.kit.store.Transitions;

/** A claim, with its claimant as they were when it was submitted. */
@Entity
@Table(name = "EXP_CLAIM")
public class ClaimEntity extends Recorded implements Stateful<ClaimState> {
    String code;
    @Enumerated(EnumType.STRING)
    ClaimState state;
    /** Whose approval a checked claim waits for: {@code MANAGER} or {@code HIGHER}. */
    String stage;
    String claimant;
    String grade;
    String region;
    String department;
    String purpose;
    Long advanceId;
    String currency;
    BigDecimal total;
    String checkedBy;
    /** Why the claim needs the higher approval: reason keys, comma separated (empty: it does not). */
    String higher;
    LocalDate paidOn;
    String note;

    @Override
    public String reference() {
        return code;
    }

    @Override
    public ClaimState state() {
        return state;
    }

    @Override
    public void state(ClaimState to) {
        state = to;
    }

    @Override
    public Transitions<ClaimState> transitions() {
        return ClaimState.STEPS;
    }
}
