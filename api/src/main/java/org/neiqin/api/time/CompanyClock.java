package org.neiqin.api.time;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The company's calendar and time, set in {@code etc/org.neiqin.clock.cfg} ({@code zone},
 * {@code weekStart}). Business code asks this service, never {@code LocalDate.now()} or
 * {@code Instant.now()}: the day a rule sees is the company's day, not the server's, and a test can
 * move it.
 *
 * @since 0.1
 */
@ProviderType
public interface CompanyClock {
    /** @return the company's date today */
    LocalDate today();

    /** @return now, to the millisecond every database keeps */
    Instant now();

    /** @return the company's time zone */
    ZoneId zone();

    /** @return the first day of the company's week (reports by week, the week's work) */
    DayOfWeek weekStart();

    /** @return the company's date at {@code at} */
    default LocalDate dateOf(Instant at) {
        return LocalDate.ofInstant(at, zone());
    }

    /** @return the instant the company's day {@code day} begins */
    default Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone()).toInstant();
    }

    /** @return the first day of the company's week that holds {@code day} */
    default LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(weekStart()));
    }
}
