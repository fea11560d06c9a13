package org.neiqin.contracts.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.neiqin.contracts.internal.DocumentView;
import org.neiqin.contracts.internal.InForceService;

/** {@code contracts:close ID VERSION REASON}: closes an order or contract in force. */
@Service
@Command(scope = "contracts", name = "close", description = "Closes an order or contract in force")
public class CloseCommand implements Action {
    @Reference
    private InForceService inForce;

    @Argument(index = 0, name = "id", description = "document id", required = true)
    private long id;

    @Argument(index = 1, name = "version", description = "the version you looked at", required = true)
    private int version;

    @Argument(index = 2, name = "reason", description = "why it is closed", required = true)
    private String reason;

    @Override
    public Object execute() {
        DocumentView v = inForce.close(id, version, reason);
        System.out.println(v.displayNumber() + " is now " + v.state());
        return null;
    }
}
