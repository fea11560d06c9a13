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
    private BundleTracker<ServiceRegistration<SchemaReady>> tracker;

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
            public ServiceRegistration<SchemaReady> addingBundle(Bundle bundle, BundleEvent event) {
                String module = bundle.getHeaders().get(SchemaReady.HEADER_MODULE);
                String folder = bundle.getHeaders().get(SchemaReady.HEADER_MIGRATIONS);
                if (module == null || folder == null) {
                    return null;
                }
                return migrate(bundle, module.trim(), folder.trim());
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, ServiceRegistration<SchemaReady> reg) {
                try {
                    reg.unregister();
                } catch (IllegalStateException alreadyGone) {
                    // core itself is stopping
                }
            }
        };
        tracker.open();
    }

    @Deactivate
    void stop() throws InterruptedException {
        opening.join(60_000);
        synchronized (this) {
            if (tracker != null) {
                tracker.close();
            }
        }
    }

    private ServiceRegistration<SchemaReady> migrate(Bundle bundle, String module, String folder) {
        try {
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
        } catch (RuntimeException e) {
            states.put(module, "MIGRATION FAILED: " + e.getMessage());
            LOG.error("Neiqin module {} is not usable: its schema could not be migrated", module, e);
            return null;
        }
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
