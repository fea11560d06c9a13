package org.neiqin.contracts.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.neiqin.contracts.internal.DocumentView;
import org.neiqin.contracts.internal.DraftService;

/** {@code contracts:submit ID VERSION}: sends a draft for review. */
@Service
@Command(scope = "contracts", name = "submit", description = "Submits a draft for review")
public class SubmitCommand implements Action {
    @Reference
    private DraftService drafts;

    @Argument(index = 0, name = "id", description = "document id", required = true)
    private long id;

    @Argument(index = 1, name = "version", description = "the version you looked at (contracts:list / show)", required = true)
    private int version;

    @Override
    public Object execute() {
        DocumentView v = drafts.submit(id, version);
        System.out.println(v.displayNumber() + " is now " + v.state());
        return null;
    }
}
