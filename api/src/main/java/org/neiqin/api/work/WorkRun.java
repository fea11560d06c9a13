package org.neiqin.api.work;

import java.time.Duration;
import java.time.Instant;

/**
 * How a piece of scheduled work stands across the cluster.
 *
 * @param name the work's {@link ScheduledWork#name()}
 * @param title what it does
 * @param every its interval
 * @param runningOn the node holding its lease now, or {@code null} when it is not running
 * @param lastStart when its last run began (on any node), or {@code null} before the first
 * @param lastEnd when its last run ended, or {@code null}
 * @param lastNode the node that ran it last
 * @param lastOutcome what the last run did, or why it failed
 * @param failed whether the last run failed
 * @param runs how many runs ended, on every node
 * @since 0.1
 */
public record WorkRun(String name, org.neiqin.api.error.Text title, Duration every, String runningOn, Instant lastStart, Instant lastEnd,
        String lastNode, String lastOutcome, boolean failed, long runs) {
}
