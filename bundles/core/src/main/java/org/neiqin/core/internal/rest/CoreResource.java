package org.neiqin.core.internal.rest;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.Consumes;
import javax.ws.rs.core.MediaType;

import org.neiqin.api.audit.AuditService;
import org.neiqin.api.audit.AuditVerification;
import org.neiqin.api.error.NotFoundException;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.module.ModuleInfo;
import org.neiqin.api.module.ModuleRegistry;
import org.neiqin.api.rest.NeiqinRest;
import org.neiqin.api.rest.Requires;
import org.neiqin.api.review.Review;
import org.neiqin.api.review.ReviewService;
import org.neiqin.api.review.Verdict;
import org.neiqin.api.security.SecurityService;
import org.neiqin.core.internal.db.CoreDatabase;
import org.neiqin.core.internal.registry.CoreModule;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The framework's own REST resources: installed modules, the review inbox and decisions, audit verification. */
@Component(service = CoreResource.class)
@JaxrsResource
@JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)
@Path("core")
@Produces(MediaType.APPLICATION_JSON)
public class CoreResource {
    @Reference
    private ModuleRegistry registry;
    @Reference
    private ReviewService reviews;
    @Reference
    private AuditService audit;
    @Reference
    private SecurityService security;
    /** Optional: the modules are listed also when the database cannot be reached, which is when they are looked at. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile CoreDatabase db;

    @Reference
    private org.neiqin.api.work.WorkScheduler work;

    /**
     * A piece of scheduled work as it stands across the nodes: {@code every} and the times in ISO-8601,
     * {@code runningOn} the node holding its lease now (none when idle), the last run's node, outcome and whether it
     * failed, how many runs ended.
     */
    public record Work(String name, String title, String every, String runningOn, java.time.Instant lastStart,
            java.time.Instant lastEnd, String lastNode, String lastOutcome, boolean failed, long runs) {
        static Work of(org.neiqin.api.work.WorkRun r) {
            return new Work(r.name(), r.title().toString(), r.every().toString(), r.runningOn(), r.lastStart(),
                    r.lastEnd(), r.lastNode(), r.lastOutcome(), r.failed(), r.runs());
        }
    }

    /** What a client sends to decide a review. */
    public record DecisionRequest(Verdict verdict, String reason) {
    }

    @GET
    @Path("modules")
    @Requires(CoreModule.HOME)
    public List<Map<String, Object>> modules() {
        security.require(CoreModule.HOME);
        return registry.modules().stream().map(CoreResource::module).collect(Collectors.toList());
    }

    /** Which database Neiqin stores in: product, version and address, for Neiqin's administrators. */
    @GET
    @Path("database")
    @Requires(CoreModule.MODULES)
    public CoreDatabase.Info database() {
        security.require(CoreModule.MODULES);
        CoreDatabase d = db;
        if (d == null) {
            throw new NotFoundException(Text.of("modules.database.none",
                    "Database: not reachable, or core's schema is not migrated yet (see the log)"));
        }
        return d.info();
    }

    /** A module as listed: its id, name, version, state, schema version, and the permissions it declares with their default roles. */
    private static Map<String, Object> module(ModuleInfo m) {
        List<Map<String, Object>> permissions = m.descriptor().permissions().stream()
                .map(p -> Map.<String, Object>of("name", p.name(), "description", p.description(),
                        "defaultRoles", new java.util.TreeSet<>(p.defaultRoles())))
                .collect(Collectors.toList());
        return Map.of("id", m.descriptor().id(), "name", m.descriptor().name(), "version", m.version(),
                "state", m.state(), "schemaVersion", m.schemaVersion(), "permissions", permissions);
    }

    @GET
    @Path("reviews")
    @Requires(CoreModule.REVIEW)
    public List<Review> inbox() {
        return reviews.inbox();
    }

    @GET
    @Path("reviews/{id}")
    @Requires(CoreModule.REVIEW)
    public Review review(@PathParam("id") long id) {
        security.require(CoreModule.REVIEW);
        return reviews.get(id);
    }

    @POST
    @Path("reviews/{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(CoreModule.REVIEW)
    public Review decide(@PathParam("id") long id, DecisionRequest decision) {
        if (decision == null) {
            throw new ValidationException("body", "required", "the request needs a JSON body");
        }
        return reviews.decide(id, decision.verdict(), decision.reason());
    }

    @GET
    @Path("audit/verification")
    @Requires(CoreModule.AUDIT)
    public AuditVerification verifyAudit() {
        return audit.verify();
    }

    /** The scheduled work of the installed modules (the administrator). */
    @GET
    @Path("work")
    @Requires(org.neiqin.api.work.WorkScheduler.PERMISSION)
    public List<Work> work() {
        return work.list().stream().map(Work::of).toList();
    }

    /** Runs a piece of scheduled work now, on this node (409 {@code running} while another node runs it). */
    @POST
    @Path("work/{name}/run")
    @Requires(org.neiqin.api.work.WorkScheduler.PERMISSION)
    public Work runWork(@PathParam("name") String name) {
        return Work.of(work.runNow(name));
    }
}
