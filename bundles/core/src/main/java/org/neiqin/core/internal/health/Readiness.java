package org.neiqin.core.internal.health;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.neiqin.api.rest.NeiqinRest;

import org.neiqin.core.internal.db.CoreDatabase;
import org.neiqin.core.internal.migration.MigrationRunner;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.FailedResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether this node can serve: its database answers, every module's schema is migrated, and every installed module
 * (each bundle with a {@code Neiqin-Module} header) is active with all its components satisfied and all its REST
 * resources served by the JAX-RS whiteboard. Until then the gate answers 503 and the readiness check is red, so that
 * a load balancer sends the work to another node.
 *
 * <p>The modules' state is read at most every {@value #FRESH_MILLIS} ms (the gate asks on every request); the
 * database is asked only by the readiness check and {@code neiqin:health}.
 */
@Component(service = {Readiness.class, BooleanSupplier.class}, immediate = true,
        property = NeiqinRest.READINESS_PROPERTY + "=modules")
public class Readiness implements BooleanSupplier {
    private static final Logger LOG = LoggerFactory.getLogger(Readiness.class);
    static final long FRESH_MILLIS = 500;
    public static final String MODULE_HEADER = "Neiqin-Module";

    private final BundleContext context;
    private final ServiceComponentRuntime scr;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile JaxrsServiceRuntime jaxrs;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile CoreDatabase db;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile MigrationRunner migrations;

    private volatile List<String> modulesProblems = List.of("not looked at yet");
    private volatile long modulesReadAt;
    private volatile boolean everRead;
    private volatile boolean wasReady;

    @Activate
    public Readiness(BundleContext context, @Reference ServiceComponentRuntime scr) {
        this.context = context;
        this.scr = scr;
    }

    @Override
    public boolean getAsBoolean() {
        return modulesReady();
    }

    /** @return whether every installed module serves (cheap: what was found at most {@value #FRESH_MILLIS} ms ago) */
    public boolean modulesReady() {
        return modulesProblems().isEmpty();
    }

    /** @return why the modules do not all serve yet; empty when they do */
    public List<String> modulesProblems() {
        long now = System.nanoTime();
        if (!everRead || now - modulesReadAt > TimeUnit.MILLISECONDS.toNanos(FRESH_MILLIS)) {
            synchronized (this) {
                if (!everRead || now - modulesReadAt > TimeUnit.MILLISECONDS.toNanos(FRESH_MILLIS)) {
                    List<String> found = readModules();
                    modulesProblems = found;
                    modulesReadAt = System.nanoTime();
                    everRead = true;
                    boolean ready = found.isEmpty();
                    if (ready != wasReady) {
                        wasReady = ready;
                        if (ready) {
                            LOG.info("every installed Neiqin module serves: this node is ready");
                        } else {
                            LOG.info("this node is not ready: {}", found);
                        }
                    }
                }
            }
        }
        return modulesProblems;
    }

    /** @return everything that keeps this node from serving, the database asked now; empty when it is ready */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        CoreDatabase database = db;
        if (database == null) {
            out.add("the database has not answered yet (core's schema is not ready)");
        } else {
            try {
                database.jdbc().count("SELECT COUNT(*) FROM NQ_SCHEMA_HISTORY WHERE 1 = 0");
            } catch (RuntimeException e) {
                out.add("the database does not answer: " + e.getMessage());
            }
        }
        out.addAll(modulesProblems());
        return out;
    }

    private List<String> readModules() {
        List<String> out = new ArrayList<>();
        MigrationRunner runner = migrations;
        if (runner == null) {
            out.add("the schema migrations have not run yet");
        } else {
            for (Map.Entry<String, String> e : runner.states().entrySet()) {
                if (!"OK".equals(e.getValue())) {
                    out.add("module " + e.getKey() + ": schema " + e.getValue());
                }
            }
        }
        Set<Long> served = new HashSet<>();
        JaxrsServiceRuntime runtime = jaxrs;
        if (runtime == null) {
            out.add("the REST whiteboard is not running yet");
        } else {
            RuntimeDTO dto = runtime.getRuntimeDTO();
            List<ApplicationDTO> apps = new ArrayList<>();
            if (dto.defaultApplication != null) {
                apps.add(dto.defaultApplication);
            }
            if (dto.applicationDTOs != null) {
                apps.addAll(List.of(dto.applicationDTOs));
            }
            for (ApplicationDTO app : apps) {
                if (app.resourceDTOs != null) {
                    for (ResourceDTO r : app.resourceDTOs) {
                        served.add(r.serviceId);
                    }
                }
            }
            if (dto.failedResourceDTOs != null) {
                for (FailedResourceDTO f : dto.failedResourceDTOs) {
                    served.remove(f.serviceId);
                }
            }
        }
        for (Bundle b : context.getBundles()) {
            String module = b.getHeaders("").get(MODULE_HEADER);
            if (module == null) {
                continue;
            }
            if (b.getState() != Bundle.ACTIVE) {
                out.add("module " + module + ": bundle " + state(b.getState()));
                continue;
            }
            components(module, b, out);
            if (runtime != null) {
                resources(module, b, served, out);
            }
        }
        return List.copyOf(out);
    }

    private void components(String module, Bundle b, List<String> out) {
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(b)) {
            if (!scr.isComponentEnabled(d)) {
                continue;
            }
            for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                switch (c.state) {
                    case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> {
                        List<String> waits = new ArrayList<>();
                        for (UnsatisfiedReferenceDTO u : c.unsatisfiedReferences) {
                            waits.add(u.name);
                        }
                        out.add("module " + module + ": " + simple(d.name) + " waits for " + String.join(", ", waits));
                    }
                    case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION ->
                        out.add("module " + module + ": " + simple(d.name) + " waits for its configuration");
                    case ComponentConfigurationDTO.FAILED_ACTIVATION ->
                        out.add("module " + module + ": " + simple(d.name) + " failed to start: " + c.failure);
                    default -> {
                        // ACTIVE or SATISFIED
                    }
                }
            }
        }
    }

    private static String simple(String component) {
        return component.substring(component.lastIndexOf('.') + 1);
    }

    private void resources(String module, Bundle b, Set<Long> served, List<String> out) {
        ServiceReference<?>[] registered = b.getRegisteredServices();
        if (registered == null) {
            return;
        }
        for (ServiceReference<?> ref : registered) {
            Object resource = ref.getProperty("osgi.jaxrs.resource");
            if (resource != null && "true".equalsIgnoreCase(resource.toString())) {
                Long id = (Long) ref.getProperty("service.id");
                if (!served.contains(id)) {
                    out.add("module " + module + ": REST resource " + simple(String.valueOf(
                            ((String[]) ref.getProperty("objectClass"))[0])) + " is not served yet");
                }
            }
        }
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "installed, not resolved";
            case Bundle.RESOLVED -> "resolved, not started";
            case Bundle.STARTING -> "starting";
            case Bundle.STOPPING -> "stopping";
            default -> "in state " + state;
        };
    }
}
