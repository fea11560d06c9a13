package org.neiqin.expenses.internal.claims;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import org.neiqin.expenses.internal.Category;
import org.neiqin.kit.store.Row;

/**
 * One line of a claim: what was spent, on the fapiao that proves it, with the travel standard it was judged by, the
 * caps it went over ({@code flags}) and the budget it is charged to.
 */
@Entity
@Table(name = "EXP_CLAIM_LINE")
public class ClaimLineEntity implements Row {
    @Id
    Long id;
    long claimId;
    int lineNo;
    LocalDate day;
    @Enumerated(EnumType.STRING)
    Category category;
    BigDecimal amount;
    String fapiaoNo;
    BigDecimal fapiaoAmount;
    String city;
    BigDecimal days;
    Long customerId;
    String customerName;
    Long applicationId;
    /** The application's number, as the claimant named it. */
    String activity;
    String note;
    BigDecimal standard;
    String flags;
    Long budgetId;

    @Override
    public void assignId(long id) {
        this.id = id;
    }
}
