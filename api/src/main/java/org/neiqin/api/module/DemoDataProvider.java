package org.neiqin.api.module;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's demo data. When demo data is switched on ({@code etc/org.neiqin.demo.cfg},
 * {@code enabled=true}, as in the distribution), the framework calls {@link #load()} once per
 * database, as {@link org.neiqin.api.security.Actor#SYSTEM}, and records that it did; a failure
 * is logged and retried at the next start.
 *
 * @since 0.1
 */
@ConsumerType
public interface DemoDataProvider {
    /** @return a stable name, e.g. {@code crm.customers}; loaded once per name. */
    String name();

    /** Loads the data through the module's own services. */
    void load();
}
