package org.neiqin.core.internal.shell;

import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.neiqin.api.security.SecurityService;
import org.neiqin.api.shell.TextTable;
import org.neiqin.core.internal.migration.MigrationRunner;
import org.neiqin.core.internal.registry.CoreModule;

/** {@code neiqin:migrations}: each module's schema state and applied migrations. */
@Service
@Command(scope = "neiqin", name = "migrations", description = "Shows the schema migrations applied per module")
public class MigrationsCommand implements Action {
    @Reference
    private MigrationRunner runner;
    @Reference
    private SecurityService security;

    @Override
    public Object execute() {
        security.require(CoreModule.AUDIT);
        TextTable table = new TextTable("Module", "State", "Applied versions");
        for (Map.Entry<String, String> e : runner.states().entrySet()) {
            table.row(e.getKey(), e.getValue(), runner.history(e.getKey()).keySet());
        }
        table.print(System.out);
        return null;
    }
}
