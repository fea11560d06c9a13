package org.neiqin.expenses.internal.reports;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import javax.persistence.Embeddable;

/** A month's row of spending: the month's first day, who spent it, their region ({@code ""}: none) and the category. */
@Embeddable
public class SpendMonthKey implements Serializable {
    private static final long serialVersionUID = 1L;

    LocalDate monthStart;
    String claimant;
    String region;
    String category;

    protected SpendMonthKey() {
    }

    public SpendMonthKey(LocalDate day, String claimant, String region, String category) {
        this.monthStart = day.withDayOfMonth(1);
        this.claimant = claimant;
        this.region = region == null ? "" : region;
        this.category = category;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpendMonthKey k && monthStart.equals(k.monthStart) && claimant.equals(k.claimant)
                && region.equals(k.region) && category.equals(k.category);
    }

    @Override
    public int hashCode() {
        return Objects.hash(monthStart, claimant, region, category);
    }
}
