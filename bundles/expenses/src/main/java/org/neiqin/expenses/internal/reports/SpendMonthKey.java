package org.neiqin.expenses.internal.reports;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import javax.persistence.Embeddable;

/** A month's row of spending: the month's first day, who spent it, their region ({@code ""}: none) and the category. */
@Embeddable
public class SpendMonthKey implements Serializable, Comparable<SpendMonthKey> {
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

    /** In the order rows are made and locked: month, claimant, region, category. */
    @Override
    public int compareTo(SpendMonthKey o) {
        int c = monthStart.compareTo(o.monthStart);
        c = c != 0 ? c : claimant.compareTo(o.claimant);
        c = c != 0 ? c : region.compareTo(o.region);
        return c != 0 ? c : category.compareTo(o.category);
    }

    @Override
    public int hashCode() {
        return Objects.hash(monthStart, claimant, region, category);
    }
}
