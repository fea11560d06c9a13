package org.neiqin.logistics.internal;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;

import org.junit.Test;

/** The tolerance over the order as configured, and what is left of a line under it. */
public class AllocationTest {
    private final Fixture f = new Fixture();

    private static Allocation.Config config(String percent) {
        return Fixture.proxy(Allocation.Config.class, (m, args) -> percent);
    }

    @Test
    public void theToleranceIsAPerCentFromZeroToAHundredAndABadValueLeavesTheOneInForce() {
        Allocation a = new Allocation(f.store, config(""));
        assertEquals(BigDecimal.ZERO, a.tolerance());
        a.modified(config(" 5 "));
        assertEquals(new BigDecimal("5"), a.tolerance());
        for (String bad : new String[] {"abc", "-1", "100.5", "5%"}) {
            a.modified(config(bad));
            assertEquals(bad, new BigDecimal("5"), a.tolerance());
        }
        a.modified(config("100"));
        assertEquals(new BigDecimal("100"), a.tolerance());
    }

    @Test
    public void whatIsLeftOfALineIsTheOrderPlusTheToleranceLessWhatNotesTake() {
        assertEquals(new BigDecimal("4"), NoteRules.remaining(new BigDecimal("10"), new BigDecimal("6"), BigDecimal.ZERO));
        assertEquals("5 % of 10 t is half a ton more", new BigDecimal("4.5"),
                NoteRules.remaining(new BigDecimal("10"), new BigDecimal("6"), new BigDecimal("5")));
        assertEquals("never below nothing", BigDecimal.ZERO,
                NoteRules.remaining(new BigDecimal("10"), new BigDecimal("12"), new BigDecimal("5")));
    }
}
