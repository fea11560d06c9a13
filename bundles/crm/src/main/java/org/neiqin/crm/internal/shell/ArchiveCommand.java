package org.neiqin.crm.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.neiqin.crm.internal.CrmService;
import org.neiqin.crm.internal.CustomerView;

/** {@code crm:archive <id>}: archives a customer file (it is kept, never deleted). */
@Service
@Command(scope = "crm", name = "archive", description = "Archives a customer file")
public class ArchiveCommand implements Action {
    @Reference
    private CrmService crm;

    @Argument(index = 0, name = "id", description = "customer id", required = true)
    private long id;

    @Override
    public Object execute() {
        CustomerView v = crm.get(id);
        crm.archive(id, v.version());
        System.out.println("Archived customer " + v.code());
        return null;
    }
}
