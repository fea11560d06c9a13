package org.neiqin.api.module;

import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's demo data. When demo data is switched on ({@code etc/org.neiqin.demo.cfg},
 * {@code enabled=true}, as in the distribution), the framework calls {@link #load()} once per
 * database, as {@link org.neiqin.api.security.Actor#SYSTEM}, and records that it did; a failure
 * is logged and retried at the next start. A provider whose data stands on another module's demo
 * data names it in {@link #requires()}: it is loaded only after that data has been loaded, whichever
 * provider appears first.
 *
 * @since 0.1
 */
@ConsumerType
public interface DemoDataProvider {
    /** @return a stable name, e.g. {@code crm.customers}; loaded once per name. */
    String name();

    /**
     * Loads the data through the module's own services, in one go. Throw when it cannot be
     * loaded (the data it needs is missing): nothing is then recorded, and it is tried again.
     */
    void load();

    /**
     * @return the {@link #name()}s of the demo data this data stands on (e.g. the orders of
     *         {@code contracts.documents} need the customers of {@code crm.customers})
     * @since 0.2
     */
    default Set<String> requires() {
        return Set.of();
    }
}
