package org.neiqin.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.neiqin.api.module.ModuleInfo;
import org.neiqin.api.module.ModuleRegistry;
import org.neiqin.api.security.SecurityService;
import org.neiqin.core.internal.registry.CoreModule;

/** {@code neiqin:modules}: the installed Neiqin modules with version and state. */
@Service
@Command(scope = "neiqin", name = "modules", description = "Lists the installed Neiqin modules")
public class ModulesCommand implements Action {
    @Reference
    private ModuleRegistry registry;
    @Reference
    private SecurityService security;

    @Override
    public Object execute() {
        security.require(CoreModule.HOME);
        ShellTable table = new ShellTable();
        table.column("Module");
        table.column("Name");
        table.column("Version");
        table.column("State");
        table.column("Schema");
        for (ModuleInfo m : registry.modules()) {
            table.addRow().addContent(m.descriptor().id(), m.descriptor().name(), m.version(), m.state(), m.schemaVersion());
        }
        table.print(System.out);
        return null;
    }
}
