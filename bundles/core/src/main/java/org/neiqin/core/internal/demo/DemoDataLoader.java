package org.neiqin.core.internal.demo;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.neiqin.api.module.DemoDataProvider;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
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
    private final SecurityService security;
    private final boolean enabled;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "neiqin-demo-data"));

    @Activate
    public DemoDataLoader(@Reference CoreDatabase db, @Reference SecurityService security, Config config) {
        this.db = db;
        this.security = security;
        this.enabled = config.enabled();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindProvider(DemoDataProvider provider, Map<String, Object> props) {
        if (enabled) {
            worker.execute(() -> load(provider));
        }
    }

    void unbindProvider(DemoDataProvider provider) {
        // nothing to undo: demo data stays until the database is reset
    }

    private void load(DemoDataProvider p) {
        try {
            if (db.jdbc().count("SELECT COUNT(*) FROM NQ_DEMO_LOADED WHERE NAME = ?", p.name()) > 0) {
                return;
            }
            security.runAs(Actor.SYSTEM, () -> {
                p.load();
                return null;
            });
            db.jdbc().update("INSERT INTO NQ_DEMO_LOADED (NAME, LOADED_AT) VALUES (?, ?)", p.name(), Instant.now());
            LOG.info("Loaded demo data {}", p.name());
        } catch (RuntimeException e) {
            LOG.error("Demo data {} could not be loaded; it is tried again at the next start", p.name(), e);
        }
    }

    @Deactivate
    void deactivate() {
        worker.shutdownNow();
    }
}
