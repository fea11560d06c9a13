/**
 * The company clock: the one source of "today" and "now" for every date rule (late notes, licence
 * validity, due dates, follow-up clocks, the collection ladder), in the company's time zone.
 *
 * @since 0.2
 */
@Version("0.1.0")
package org.neiqin.api.time;

import org.osgi.annotation.versioning.Version;
