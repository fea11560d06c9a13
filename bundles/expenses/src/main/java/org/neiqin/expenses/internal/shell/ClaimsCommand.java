package org.neiqin.expenses.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.neiqin.api.shell.TextTable;
import org.neiqin.expenses.internal.claims.ClaimQuery;
import org.neiqin.expenses.internal.claims.ClaimReader;
import org.neiqin.expenses.internal.claims.ClaimRow;
import org.neiqin.expenses.internal.claims.ClaimState;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.query.ListQuery;

/** {@code expenses:claims [text] [-s state]}: the claims the caller may see, newest first. */
@Service
@Command(scope = "expenses", name = "claims", description = "Lists expense claims")
public class ClaimsCommand implements Action {
    @Reference
    private ClaimReader reader;

    @Argument(index = 0, name = "text", description = "part of a code or purpose", required = false)
    private String text;

    @Option(name = "-s", aliases = "--state", description = "SUBMITTED, CHECKED, APPROVED, PAID, RETURNED, WITHDRAWN")
    private String state;

    @Option(name = "-n", aliases = "--limit", description = "at most this many rows (default 50)")
    private int limit = 50;

    @Override
    public Object execute() {
        ListQuery.Page<ClaimRow> page = reader.list(new ClaimQuery(text, Forms.choice(ClaimState.class, "state", state),
                null, "code", true, 0, Math.min(limit, ListQuery.MAX_PAGE)));
        TextTable table = new TextTable("Code", "State", "Stage", "Claimant", "Total", "Higher", "Purpose");
        for (ClaimRow v : page.rows()) {
            table.row(v.code(), v.state(), v.stage() == null ? "" : v.stage(), v.claimant(),
                    v.total().toPlainString() + " " + v.currency(), v.higher() == null ? "" : v.higher(), v.purpose());
        }
        table.print(System.out);
        System.out.println(page.rows().size() + " of " + (page.totalExact() ? "" : "more than ") + page.total()
                + " claims");
        return null;
    }
}
