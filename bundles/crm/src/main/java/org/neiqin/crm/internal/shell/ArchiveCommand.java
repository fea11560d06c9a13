package org.neiqin.crm.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.neiqin.crm.internal.CustomerService;
import org.neiqin.crm.internal.CustomerView;

/**
 * {@code crm:archive ID VERSION}: archives a customer file (it is kept, never deleted). Like every
 * shell write, it names the version the user looked at ({@code crm:show}), so that a change made
 * meanwhile is not overruled.
 */
@Service
@Command(scope = "crm", name = "archive", description = "Archives a customer file")
public class ArchiveCommand implements Action {
    @Reference
    private CustomerService crm;

    @Argument(index = 0, name = "id", description = "customer id", required = true)
    private long id;

    @Argument(index = 1, name = "version", description = "the version you looked at (crm:show)", required = true)
    private int version;

    @Override
    public Object execute() {
        CustomerView v = crm.archive(id, version);
        System.out.println("Archived customer " + v.code());
        return null;
    }
}
