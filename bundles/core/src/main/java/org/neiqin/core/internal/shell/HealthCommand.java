package org.neiqin.core.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.neiqin.api.security.SecurityService;
import org.neiqin.core.internal.health.Readiness;
import org.neiqin.core.internal.registry.CoreModule;

/** {@code neiqin:health}: whether this node is ready to serve, and if not, why (what the readiness check does not say). */
@Service
@Command(scope = "neiqin", name = "health", description = "Says whether this node is ready to serve, and why not")
public class HealthCommand implements Action {
    @Reference
    private Readiness readiness;
    @Reference
    private SecurityService security;

    @Override
    public Object execute() {
        security.require(CoreModule.MODULES);
        List<String> problems = readiness.problems();
        if (problems.isEmpty()) {
            System.out.println("ready: the database answers, every schema is migrated, every installed module serves");
        } else {
            System.out.println("not ready:");
            problems.forEach(p -> System.out.println("  " + p));
        }
        return null;
    }
}
