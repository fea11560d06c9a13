package org.neiqin.expenses.internal.reports;

import java.math.BigDecimal;

import javax.persistence.EmbeddedId;
import javax.persistence.Entity;
import javax.persistence.Table;

/** What was spent in a month by a claimant of a region on a category. */
@Entity
@Table(name = "EXP_SPEND_MONTH")
public class SpendMonthEntity {
    @EmbeddedId
    SpendMonthKey key;
    BigDecimal amount;
}
