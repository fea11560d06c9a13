package org.neiqin.core.internal.migration;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.neiqin.api.module.SchemaReady;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The migration extender: every bundle that declares {@code Neiqin-Module} and
 * {@code Neiqin-Migrations} has its scripts applied when it starts, before anything may use its
 * tables; then a {@link SchemaReady} service announces the module's schema. When the bundle
 * stops, the announcement is withdrawn; its data stays.
 */
@Component(service = MigrationRunner.class, immediate = true)
public class MigrationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);

    private final Migrator migrator;
    private final BundleContext context;
    private final Map<String, String> states = new ConcurrentHashMap<>();
    private final Map<String, Integer> versions = new ConcurrentHashMap<>();
    private BundleTracker<Tracked> tracker;
    /** Tries again, every {@value #RETRY_SECONDS} s, the migrations of modules whose database could not be reached. */
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "neiqin-migrations-retry");
        t.setDaemon(true);
        return t;
    });
    static final int RETRY_SECONDS = 5;

    /** A module bundle being tracked: its schema announcement once migrated, or the next try. */
    private static final class Tracked {
        ServiceRegistration<SchemaReady> registration;
        ScheduledFuture<?> retry;
        boolean removed;
        boolean toldWaiting;
    }

    @Activate
    public MigrationRunner(BundleContext context,
            @Reference(name = "dataSource", target = "(dataSourceName=neiqin)") DataSource dataSource) {
        this.context = context;
        this.migrator = new Migrator(dataSource);
        // Open on another thread: announcing a schema activates the components waiting for it, and
        // some of them need this runner, which is not usable until this constructor has returned.
        opening = new Thread(this::start, "neiqin-migrations");
        opening.start();
    }

    private final Thread opening;

    private synchronized void start() {
        tracker = new BundleTracker<>(context, Bundle.ACTIVE | Bundle.STARTING, null) {
            @Override
            public Tracked addingBundle(Bundle bundle, BundleEvent event) {
                String module = bundle.getHeaders().get(SchemaReady.HEADER_MODULE);
                String folder = bundle.getHeaders().get(SchemaReady.HEADER_MIGRATIONS);
                if (module == null || folder == null) {
                    return null;
                }
                Tracked t = new Tracked();
                attempt(t, bundle, module.trim(), folder.trim());
                return t;
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Tracked t) {
                synchronized (t) {
                    t.removed = true;
                    if (t.retry != null) {
                        t.retry.cancel(false);
                    }
                    if (t.registration != null) {
                        try {
                            t.registration.unregister();
                        } catch (IllegalStateException alreadyGone) {
                            // core itself is stopping
                        }
                    }
                }
            }
        };
        tracker.open();
    }

    /**
     * Migrates the module and announces its schema; while the database cannot be reached (Neiqin
     * started before PostgreSQL, or PostgreSQL restarting), tries again every {@value #RETRY_SECONDS}
     * seconds instead of giving the module up.
     */
    private void attempt(Tracked t, Bundle bundle, String module, String folder) {
        synchronized (t) {
            if (t.removed) {
                return;
            }
            try {
                t.registration = migrate(bundle, module, folder);
            } catch (RuntimeException e) {
                if (org.neiqin.core.internal.db.Jdbc.sqlState(e, "08").isEmpty()) {
                    states.put(module, "MIGRATION FAILED: " + e.getMessage());
                    LOG.error("Neiqin module {} is not usable: its schema could not be migrated", module, e);
                    return;
                }
                states.put(module, "WAITING FOR THE DATABASE: " + e.getMessage());
                if (!t.toldWaiting) {
                    t.toldWaiting = true;
                    LOG.warn("Neiqin module {} waits for the database, trying again every {} s: {}", module,
                            RETRY_SECONDS, e.getMessage());
                }
                t.retry = retries.schedule(() -> attempt(t, bundle, module, folder), RETRY_SECONDS, TimeUnit.SECONDS);
            }
        }
    }

    @Deactivate
    void stop() throws InterruptedException {
        retries.shutdownNow();
        opening.join(60_000);
        synchronized (this) {
            if (tracker != null) {
                tracker.close();
            }
        }
    }

    /** @throws RuntimeException when a script fails or the database cannot be reached */
    private ServiceRegistration<SchemaReady> migrate(Bundle bundle, String module, String folder) {
        List<MigrationScript> scripts = read(bundle, folder);
        Migrator.Result r = migrator.migrate(module, scripts);
        versions.put(module, r.version());
        states.put(module, "OK");
        if (!r.applied().isEmpty()) {
            LOG.info("Neiqin module {}: applied migrations {}", module, r.applied());
        }
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(SchemaReady.MODULE, module);
        int version = r.version();
        return context.registerService(SchemaReady.class, new SchemaReady() {
            @Override
            public String module() { return module; }

            @Override
            public int version() { return version; }
        }, props);
    }

    static List<MigrationScript> read(Bundle bundle, String folder) {
        List<MigrationScript> scripts = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries(folder, "*.sql", false);
        if (entries == null) {
            return scripts;
        }
        for (URL url : Collections.list(entries)) {
            String path = url.getPath();
            String name = path.substring(path.lastIndexOf('/') + 1);
            try (InputStream in = url.openStream()) {
                scripts.add(MigrationScript.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + path + " of " + bundle.getSymbolicName(), e);
            }
        }
        return scripts;
    }

    /** @return module id → "OK" or the failure, for the registry and {@code neiqin:migrations}. */
    public Map<String, String> states() { return new TreeMap<>(states); }

    public int version(String module) { return versions.getOrDefault(module, 0); }

    /** @return applied versions with checksums of one module, from the history table. */
    public Map<Integer, String> history(String module) { return new TreeMap<>(migrator.history(module)); }
}
