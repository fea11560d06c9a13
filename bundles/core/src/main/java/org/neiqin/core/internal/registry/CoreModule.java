package org.neiqin.core.internal.registry;

import java.util.Set;

import org.neiqin.api.module.ModuleDescriptor;
import org.neiqin.api.module.NeiqinModule;
import org.neiqin.api.module.PermissionDef;
import org.neiqin.api.security.Roles;
import org.osgi.service.component.annotations.Component;

/** The framework's own entry in the registry, with the permissions of its pages and commands. */
@Component
public class CoreModule implements NeiqinModule {
    /** Open the Neiqin home page, list modules. */
    public static final String HOME = "core.home";
    /** Read and decide reviews in the inbox (the reviewer roles of each document type still apply). */
    public static final String REVIEW = "core.review";
    /** See the installed modules, their versions, states and schemas (the console's module page). */
    public static final String MODULES = "core.modules";
    /** Read the audit trail and verify its chains. */
    public static final String AUDIT = "core.audit";

    /** Read this node's figures (Prometheus' text format). */
    public static final String METRICS = "core.metrics";

    /** Take a backup of the embedded database ({@code neiqin:backup}). */
    public static final String BACKUP = "core.backup";

    static final ModuleDescriptor DESCRIPTOR = ModuleDescriptor.builder("core", "Neiqin core")
            .description("Numbering, four-eyes review, audit trail, module registry, console and REST toolkits")
            .permission(new PermissionDef(HOME, "open the Neiqin home page and list installed modules",
                    Set.copyOf(Roles.ALL)))
            .permission(new PermissionDef(REVIEW, "see and decide reviews of documents",
                    Set.of(Roles.ADMIN, Roles.MANAGER, Roles.ASSISTANT, Roles.SALES, Roles.FINANCE)))
            .permission(new PermissionDef(MODULES, "see the installed modules with their versions and schemas",
                    Set.of(Roles.ADMIN)))
            .permission(new PermissionDef(org.neiqin.api.work.WorkScheduler.PERMISSION,
                    "see the scheduled work (the collection ladder, reminders) and run a piece of it now",
                    Set.of(Roles.ADMIN)))
            .permission(new PermissionDef(AUDIT, "read the audit trail and verify it",
                    Set.of(Roles.ADMIN, Roles.AUDITOR)))
            .permission(new PermissionDef(METRICS, "read this node's figures (requests, transactions, connections, "
                    + "records created, open reviews, logins, memory) in Prometheus' text format", Set.of(Roles.ADMIN)))
            .permission(new PermissionDef(BACKUP, "back up the embedded Derby database while Neiqin runs (neiqin:backup)",
                    Set.of(Roles.ADMIN)))
            .build();

    @Override
    public ModuleDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
