package org.neiqin.api.work;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs the registered {@link ScheduledWork} (core). Also the administrator's (and a test's) way to see it and to run
 * a piece now, without waiting for its interval.
 *
 * @since 0.1
 */
@ProviderType
public interface WorkScheduler {
    /** Who may see the scheduled work and run it now. */
    String PERMISSION = "core.work";

    /** @return every registered piece of work as it stands, by name */
    List<WorkRun> list();

    /**
     * Runs {@code name} now on this node, unless another node is running it (then nothing is done twice); waits for
     * the run to end.
     *
     * @return how it stands after the run
     * @throws org.neiqin.api.error.NotFoundException when no such work is registered
     * @throws org.neiqin.api.error.ConflictException 409 {@code running} when another node holds its lease
     */
    WorkRun runNow(String name);
}
