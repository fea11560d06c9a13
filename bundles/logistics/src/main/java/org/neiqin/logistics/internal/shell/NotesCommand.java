package org.neiqin.logistics.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.neiqin.api.shell.TextTable;
import org.neiqin.logistics.internal.NoteReader;
import org.neiqin.logistics.internal.NoteView;

/** {@code logistics:notes <document id>}: the delivery notes of an order or contract (the feature's ACL says who). */
@Service
@Command(scope = "logistics", name = "notes", description = "Lists the delivery notes of an order or contract")
public class NotesCommand implements Action {
    @Reference
    private NoteReader notes;

    @Argument(index = 0, name = "document", description = "the order's or contract's id", required = true)
    private long document;

    @Override
    public Object execute() {
        TextTable table = new TextTable("Id", "Number", "State", "Payment gate", "Promised", "Amount", "Lines");
        int n = 0;
        for (NoteView v : notes.ofDocument(document)) {
            table.row(v.id(), v.code(), v.state(), v.gate(), v.promisedOn(), v.amount(), v.lines().size());
            n++;
        }
        table.print(System.out);
        System.out.println(n + " delivery notes");
        return null;
    }
}
