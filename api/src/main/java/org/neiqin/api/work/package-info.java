/**
 * Scheduled work (定时任务): a module registers a {@link org.neiqin.api.work.ScheduledWork} and core runs it at
 * its interval, <em>once across every Neiqin node on one database</em> (a lease in the database decides which node
 * runs it), as the system, on the company clock.
 *
 * @since 0.3
 */
@Version("0.1.0")
package org.neiqin.api.work;

import org.osgi.annotation.versioning.Version;
