package org.neiqin.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Dictionary;
import java.util.Hashtable;

import org.neiqin.api.time.CompanyClock;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Moves the company clock inside a Pax Exam test: registers a {@link Clock} service with
 * {@code neiqin.clock=test}, which core's {@link CompanyClock} follows while it is registered. It is
 * code a test runs, not configuration, so a production install cannot be moved this way by editing a
 * file. {@link #close()} gives the real time back.
 *
 * <pre>
 * try (TestClock clock = TestClock.install(context)) {
 *     clock.advance(Duration.ofDays(31));
 *     ... the collection ladder's third step is due
 * }
 * </pre>
 */
public final class TestClock extends Clock implements AutoCloseable {
    private volatile Duration offset = Duration.ZERO;
    private final ServiceRegistration<Clock> registration;

    private TestClock(BundleContext context) {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("neiqin.clock", "test");
        registration = context.registerService(Clock.class, this, props);
    }

    /** @return a clock at the real time, which the company clock follows from now until {@link #close()} */
    public static TestClock install(BundleContext context) {
        return new TestClock(context);
    }

    /** Moves the clock on (or back, with a negative duration). */
    public TestClock advance(Duration by) {
        offset = offset.plus(by);
        return this;
    }

    /** Moves the clock so that the company's date is {@code day}, at the time of day it is now. */
    public TestClock moveTo(LocalDate day, CompanyClock company) {
        LocalDate today = company.today();
        return advance(Duration.ofDays(day.toEpochDay() - today.toEpochDay()));
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the company clock keeps the company's zone");
    }

    @Override
    public void close() {
        registration.unregister();
    }
}
