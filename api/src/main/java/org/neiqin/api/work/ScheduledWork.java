package org.neiqin.api.work;

import java.time.Duration;
import java.time.LocalDate;

import org.neiqin.api.error.Text;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A piece of work a module wants done on its own, at an interval (the collection ladder, reminders): registered as
 * an OSGi service, run by core's {@link WorkScheduler} on one node at a time across the cluster, as
 * {@link org.neiqin.api.security.Actor#SYSTEM}, in no transaction (the work opens its own).
 *
 * <p>The lease that keeps two nodes from running it at once lasts a bounded time; a node that dies mid-run leaves it
 * to another after that. The work must therefore be safe to run again: each thing it does is recorded under a key
 * the database keeps unique, so that a second run finds it done.
 *
 * @since 0.1
 */
@ConsumerType
public interface ScheduledWork {
    /** @return the work's name, unique among the installed modules: {@code module.what} (e.g. {@code invoicing.collection}) */
    String name();

    /** @return what the work does, for the administrator's list (both languages) */
    Text title();

    /** @return how long after a run began the next may begin */
    Duration every();

    /**
     * Does the work due on the company's {@code today}.
     *
     * @return what was done, in a few words for the list of scheduled work (e.g. "3 steps due, 2 mails sent")
     * @throws Exception when it failed: recorded with the run and shown to the administrator; the next run tries
     *         again
     */
    String run(LocalDate today) throws Exception;
}
