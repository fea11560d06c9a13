package org.neiqin.core.internal.demo;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.neiqin.api.module.DemoDataProvider;
import org.neiqin.api.security.Actor;
import org.neiqin.core.internal.security.SecurityServiceImpl;
import org.neiqin.core.internal.db.CoreDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads each module's demo data once per database when {@code etc/org.neiqin.demo.cfg} says
 * {@code enabled=true} (the distribution does; a production install should not).
 */
@Component(configurationPid = "org.neiqin.demo", immediate = true, service = {})
@Designate(ocd = DemoDataLoader.Config.class)
public class DemoDataLoader {
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    /** Demo data switch. */
    @ObjectClassDefinition(name = "Neiqin demo data")
    public @interface Config {
        @AttributeDefinition(description = "Load the modules' demo data (once per database)")
        boolean enabled() default false;
    }

    private final CoreDatabase db;
    private final SecurityServiceImpl security;
    private final boolean enabled;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "neiqin-demo-data"));
    private final DemoQueue queue;

    @Activate
    public DemoDataLoader(@Reference CoreDatabase db, @Reference SecurityServiceImpl security, Config config) {
        this.db = db;
        this.security = security;
        this.enabled = config.enabled();
        this.queue = new DemoQueue(new DemoQueue.Ledger() {
            @Override
            public boolean isLoaded(String name) {
                return db.jdbc().count("SELECT COUNT(*) FROM NQ_DEMO_LOADED WHERE NAME = ?", name) > 0;
            }

            @Override
            public void recordLoaded(String name) {
                db.jdbc().update("INSERT INTO NQ_DEMO_LOADED (NAME, LOADED_AT) VALUES (?, ?)", name, Instant.now());
            }
        });
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindProvider(DemoDataProvider provider, Map<String, Object> props) {
        if (enabled) {
            worker.execute(() -> {
                queue.add(provider);
                loadWhatCan();
            });
        }
    }

    void unbindProvider(DemoDataProvider provider) {
        // demo data stays until the database is reset; a provider that leaves stops waiting
        worker.execute(() -> queue.remove(provider));
    }

    private void loadWhatCan() {
        try {
            // each provider's data and its ledger row in one transaction that holds the cluster's demo lock:
            // a second node starting at the same time waits, then finds the data loaded
            // over every record: the demo acts as the demo users, whatever record scopes the company gave them
            queue.loadWhatCan(work -> security.unscoped(() -> security.runAs(Actor.SYSTEM, () -> db.tx().required(() -> {
                db.jdbc().update("UPDATE NQ_LOCK SET NAME = NAME WHERE NAME = 'demo'");
                work.run();
                return null;
            }))), DemoDataProvider::load);
        } catch (RuntimeException e) {
            LOG.error("Demo data could not be checked; it is tried again at the next start", e);
        }
    }

    @Deactivate
    void deactivate() {
        worker.shutdownNow();
    }
}
