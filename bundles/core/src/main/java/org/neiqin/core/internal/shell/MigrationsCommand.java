package org.neiqin.core.internal.shell;

import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.neiqin.api.security.SecurityService;
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
        ShellTable table = new ShellTable();
        table.column("Module");
        table.column("State");
        table.column("Applied versions");
        for (Map.Entry<String, String> e : runner.states().entrySet()) {
            table.addRow().addContent(e.getKey(), e.getValue(), runner.history(e.getKey()).keySet());
        }
        table.print(System.out);
        return null;
    }
}
