package org.neiqin.core.internal.db;

import java.util.Hashtable;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Offers the shared datasource again, as {@value #READY}, once the database has answered and core's
 * schema is migrated (that is when {@link CoreDatabase} is there): the modules' persistence units use
 * it, so that Hibernate, which asks the database for its dialect when a unit starts, never starts
 * against a database it cannot reach (Neiqin started before PostgreSQL); it waits for it instead.
 *
 * <p>A component of its own, not part of {@link CoreDatabase}: offering the datasource starts the
 * modules' persistence units and services at once, in the same thread, and those need core's id
 * blocks, that is {@link CoreDatabase}; offered while {@link CoreDatabase} was still being made, they
 * met a half-made service and failed for good (seen when two nodes started together).
 *
 * <p>Each handle Hibernate takes inside a transaction is closed at the transaction's end before the
 * pool completes it ({@link TransactionBoundDataSource}).
 */
@Component(immediate = true)
public class ReadyDataSource {
    public static final String READY = "neiqin-ready";

    private final ServiceRegistration<DataSource> ready;

    @Activate
    public ReadyDataSource(BundleContext context, @Reference CoreDatabase db) {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("dataSourceName", READY);
        props.put("osgi.jndi.service.name", READY);
        this.ready = context.registerService(DataSource.class, new TransactionBoundDataSource(db.dataSource(), db.tx()), props);
    }

    @Deactivate
    void close() {
        try {
            ready.unregister();
        } catch (IllegalStateException alreadyGone) {
            // core is stopping
        }
    }
}
