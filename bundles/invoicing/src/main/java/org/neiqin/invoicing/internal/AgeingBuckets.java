package org.neiqin.invoicing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The ageing's buckets of days past due (账龄区间), from the upper bounds configured ({@code 30, 60, 90}: not due,
 * 1–30, 31–60, 61–90, over 90). An invoice is in the bucket of the days between its due date and the day the ageing
 * is read as of; on its due date it is not yet due.
 */
public final class AgeingBuckets {
    private final List<Integer> bounds;

    /** @param bounds upper bounds of days past due, increasing, each at least 1 */
    public AgeingBuckets(List<Integer> bounds) {
        for (int i = 0; i < bounds.size(); i++) {
            if (bounds.get(i) < 1 || i > 0 && bounds.get(i) <= bounds.get(i - 1)) {
                throw new IllegalArgumentException("ageingBuckets = " + bounds
                        + " are not days past due that increase from 1, such as 30, 60, 90");
            }
        }
        this.bounds = List.copyOf(bounds);
    }

    /** @return the buckets read from the setting's text (days separated by commas) */
    public static AgeingBuckets parse(String text) {
        List<Integer> out = new ArrayList<>();
        for (String part : (text == null ? "" : text).split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                out.add(Integer.parseInt(part.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("ageingBuckets = " + text + " are not whole days such as 30, 60, 90");
            }
        }
        return new AgeingBuckets(out);
    }

    /** @return how many buckets: not due, one per bound, and over the last */
    public int size() {
        return bounds.size() + 2;
    }

    /** @return bucket {@code k}'s name: "not due", "1–30", …, "over 90" ({@code zh}: 未到期, 1–30 天, 90 天以上) */
    public String label(int k, boolean zh) {
        if (k == 0) {
            return zh ? "未到期" : "not due";
        }
        if (k == size() - 1) {
            int last = bounds.isEmpty() ? 0 : bounds.get(bounds.size() - 1);
            return zh ? (last == 0 ? "已逾期" : last + " 天以上") : (last == 0 ? "past due" : "over " + last);
        }
        int from = k == 1 ? 1 : bounds.get(k - 2) + 1;
        return from + "–" + bounds.get(k - 1) + (zh ? " 天" : "");
    }

    /**
     * @return the due dates of bucket {@code k} as of {@code asOf}: from (inclusive, {@code null}: no limit) and to
     *         (inclusive, {@code null}: no limit)
     */
    public LocalDate[] dueDates(int k, LocalDate asOf) {
        if (k == 0) {
            return new LocalDate[] {asOf, null};
        }
        LocalDate to = asOf.minusDays(k == 1 ? 1 : bounds.get(k - 2) + 1);
        LocalDate from = k == size() - 1 ? null : asOf.minusDays(bounds.get(k - 1));
        return new LocalDate[] {from, to};
    }

    /** @return the bucket of an invoice due on {@code due}, as of {@code asOf} */
    public int of(LocalDate due, LocalDate asOf) {
        for (int k = 0; k < size(); k++) {
            LocalDate[] range = dueDates(k, asOf);
            if ((range[0] == null || !due.isBefore(range[0])) && (range[1] == null || !due.isAfter(range[1]))) {
                return k;
            }
        }
        throw new IllegalStateException("no bucket for " + due);
    }
}
