package org.neiqin.testing;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The one bounded wait of the tests: asks {@code probe} until its answer is {@code ready}, and fails
 * when the time is up, saying what it waited for and the last answer. Never gives up silently.
 */
public final class Wait {
    private Wait() {
    }

    /**
     * @param what what is waited for, for the failure message
     * @param probe asked every 200 ms; an exception counts as "not yet" (a service still starting)
     * @return the first answer that is ready
     * @throws AssertionError when none is within {@code seconds}
     */
    public static <T> T until(String what, int seconds, Supplier<T> probe, Predicate<? super T> ready) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        T last = null;
        RuntimeException failure = null;
        while (true) {
            try {
                last = probe.get();
                failure = null;
                if (ready.test(last)) {
                    return last;
                }
            } catch (RuntimeException notYet) {
                failure = notYet;
            }
            if (System.nanoTime() > end) {
                AssertionError e = new AssertionError(what + ": not within " + seconds + " s; last answer: "
                        + (failure != null ? failure : last));
                if (failure != null) {
                    e.initCause(failure);
                }
                throw e;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
        }
    }

    /** Waits until {@code condition} holds. */
    public static void until(String what, int seconds, Supplier<Boolean> condition) {
        until(what, seconds, condition, Boolean.TRUE::equals);
    }
}
