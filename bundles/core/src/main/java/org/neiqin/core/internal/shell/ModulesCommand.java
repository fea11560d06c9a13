package org.neiqin.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.neiqin.api.module.ModuleInfo;
import org.neiqin.api.module.ModuleRegistry;
import org.neiqin.api.security.SecurityService;
import org.neiqin.api.shell.TextTable;
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
        TextTable table = new TextTable("Module", "Name", "Version", "State", "Schema");
        for (ModuleInfo m : registry.modules()) {
            table.row(m.descriptor().id(), m.descriptor().name(), m.version(), m.state(), m.schemaVersion());
        }
        table.print(System.out);
        return null;
    }
}
