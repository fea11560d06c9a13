package org.neiqin.invoicing.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

public class AgeingBucketsTest {
    private final AgeingBuckets buckets = AgeingBuckets.parse("30, 60, 90");
    private final LocalDate asOf = LocalDate.of(2026, 12, 31);

    @Test
    public void theDefaultBucketsAreNotDueThenThirtyDaysEachThenOverNinety() {
        assertEquals(5, buckets.size());
        assertEquals(List.of("not due", "1–30", "31–60", "61–90", "over 90"), List.of(buckets.label(0, false),
                buckets.label(1, false), buckets.label(2, false), buckets.label(3, false), buckets.label(4, false)));
        assertEquals("90 天以上", buckets.label(4, true));
    }

    @Test
    public void anInvoiceIsInTheBucketOfItsDaysPastDueAtTheEdges() {
        assertEquals("due today: not yet due", 0, buckets.of(asOf, asOf));
        assertEquals(0, buckets.of(asOf.plusDays(10), asOf));
        assertEquals(1, buckets.of(asOf.minusDays(1), asOf));
        assertEquals(1, buckets.of(asOf.minusDays(30), asOf));
        assertEquals(2, buckets.of(asOf.minusDays(31), asOf));
        assertEquals(3, buckets.of(asOf.minusDays(90), asOf));
        assertEquals(4, buckets.of(asOf.minusDays(91), asOf));
        assertEquals(4, buckets.of(asOf.minusYears(3), asOf));
    }

    @Test
    public void everyDueDateFallsInExactlyOneBucket() {
        for (int d = -400; d <= 400; d++) {
            LocalDate due = asOf.plusDays(d);
            int found = 0;
            for (int k = 0; k < buckets.size(); k++) {
                LocalDate[] r = buckets.dueDates(k, asOf);
                if ((r[0] == null || !due.isBefore(r[0])) && (r[1] == null || !due.isAfter(r[1]))) {
                    found++;
                }
            }
            assertEquals(due.toString(), 1, found);
        }
    }

    @Test
    public void bucketsAreConfigurationAndNonsenseIsRefused() {
        AgeingBuckets two = AgeingBuckets.parse("15,45");
        assertEquals(List.of("not due", "1–15", "16–45", "over 45"), List.of(two.label(0, false), two.label(1, false),
                two.label(2, false), two.label(3, false)));
        for (String bad : List.of("30,30", "60,30", "0,30", "thirty")) {
            try {
                AgeingBuckets.parse(bad);
                fail("accepted " + bad);
            } catch (IllegalArgumentException expected) {
                // refused, saying what is wanted
            }
        }
    }
}
