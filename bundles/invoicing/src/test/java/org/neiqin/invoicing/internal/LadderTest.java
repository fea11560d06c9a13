package org.neiqin.invoicing.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;

import org.junit.Test;
import org.neiqin.invoicing.internal.Ladder.Step;

public class LadderTest {
    private final Ladder ladder = Ladder.parse("P0D", "P7D", "P1M", "LETTER");
    private final LocalDate due = LocalDate.of(2026, 3, 10);

    @Test
    public void onTheDueDateNothingIsReachedTheDayAfterTheReminder() {
        assertEquals(List.of(), ladder.reached(due, due));
        assertEquals(List.of(Step.REMIND), ladder.reached(due, due.plusDays(1)));
    }

    @Test
    public void atDueSevenTheSalespersonIsStillOnlyRemindedAtDueEightTheReportIsDue() {
        assertEquals(List.of(Step.REMIND), ladder.reached(due, due.plusDays(7)));
        assertEquals(List.of(Step.REMIND, Step.REPORT), ladder.reached(due, due.plusDays(8)));
    }

    @Test
    public void theLetterComesTheDayAfterOneCalendarMonthNotThirtyDays() {
        // 10 March + 1 month = 10 April (31 days): day 30 and the month's own day reach no letter
        assertEquals(List.of(Step.REMIND, Step.REPORT), ladder.reached(due, due.plusDays(30)));
        assertEquals(List.of(Step.REMIND, Step.REPORT), ladder.reached(due, LocalDate.of(2026, 4, 10)));
        assertEquals(List.of(Step.REMIND, Step.REPORT, Step.LETTER), ladder.reached(due, LocalDate.of(2026, 4, 11)));
        // from a month's last day, the next month's last day is one month on (31 Jan -> 28 Feb), the letter 1 March
        assertEquals(LocalDate.of(2026, 3, 1), ladder.reachedOn(LocalDate.of(2026, 1, 31), Step.LETTER));
        assertEquals(Step.LETTER, ladder.stopAt().orElseThrow());
    }

    @Test
    public void periodsAndTheStopStepAreConfiguration() {
        Ladder thirty = Ladder.parse("P3D", "P10D", "P30D", "none");
        assertEquals(LocalDate.of(2026, 4, 10), thirty.reachedOn(due, Step.LETTER));
        assertTrue(thirty.stopAt().isEmpty());
        for (String[] bad : new String[][] {{"7", "P7D", "P1M", "LETTER"}, {"P0D", "P-1D", "P1M", "LETTER"},
                {"P0D", "P7D", "P1M", "SOON"}}) {
            try {
                Ladder.parse(bad[0], bad[1], bad[2], bad[3]);
                fail("accepted " + String.join(",", bad));
            } catch (IllegalArgumentException expected) {
                assertTrue(expected.getMessage(), expected.getMessage().contains("=")
                        || expected.getMessage().contains("period"));
            }
        }
    }
}
