package org.neiqin.core.internal.db;

import javax.sql.DataSource;
import javax.transaction.TransactionManager;
import javax.transaction.TransactionSynchronizationRegistry;

import org.neiqin.api.module.SchemaReady;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Core's access to the shared datasource and the transaction manager, available once core's own
 * schema is migrated. The datasource can be redirected with {@code dataSource.target} in
 * {@code etc/org.neiqin.core.internal.db.CoreDatabase.cfg}.
 */
@Component(service = CoreDatabase.class)
public class CoreDatabase {
    private final Jdbc jdbc;
    private final Transactions tx;
    private final IdBlocks ids;
    private final DataSource dataSource;

    @Activate
    public CoreDatabase(@Reference(name = "dataSource", target = "(dataSourceName=neiqin)") DataSource dataSource,
            @Reference TransactionManager tm, @Reference TransactionSynchronizationRegistry registry,
            @Reference(target = "(" + SchemaReady.MODULE + "=core)") SchemaReady coreSchema) {
        this.dataSource = dataSource;
        this.tx = new Transactions(tm, registry);
        this.ids = new IdBlocks(dataSource, tx);
        this.jdbc = new Jdbc(dataSource, ids, tx);
    }

    /** @return the shared datasource */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The database every module stores in, as an operator names it. */
    public record Info(String product, String version, String url) {
    }

    /** @return which database this is: product, version and address (no password) */
    public Info info() {
        try {
            return tx.withConnection(dataSource, c -> {
                java.sql.DatabaseMetaData m = c.getMetaData();
                return new Info(m.getDatabaseProductName(), m.getDatabaseProductVersion(), m.getURL());
            });
        } catch (java.sql.SQLException e) {
            throw new DataAccessException("database metadata", e);
        }
    }

    @Deactivate
    void close() {
        ids.close();
    }

    /** Ids for new rows of any module's id table (what {@link org.neiqin.api.ids.IdService} serves). */
    public IdBlocks ids() { return ids; }

    public Jdbc jdbc() { return jdbc; }

    public Transactions tx() { return tx; }
}
