package org.neiqin.expenses.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.neiqin.api.shell.TextTable;
import org.neiqin.expenses.internal.advances.AdvanceService;
import org.neiqin.expenses.internal.advances.AdvanceView;

/** {@code expenses:advances [-a]}: the open advances (all with -a), each with its balance and settlement. */
@Service
@Command(scope = "expenses", name = "advances", description = "Lists advances and their open balances")
public class AdvancesCommand implements Action {
    @Reference
    private AdvanceService advances;

    @Option(name = "-a", aliases = "--all", description = "settled and rejected ones too")
    private boolean all;

    @Override
    public Object execute() {
        TextTable table = new TextTable("Code", "State", "Borrower", "Kind", "Amount", "Claimed", "Balance", "Settlement",
                "Due");
        for (AdvanceView v : advances.list(!all)) {
            table.row(v.code(), v.state(), v.borrower(), v.data().kind(), v.data().amount(), v.claimed(), v.balance(),
                    v.settlement() == null ? "" : v.settlement(), v.dueOn() == null ? "" : v.dueOn());
        }
        table.print(System.out);
        return null;
    }
}
