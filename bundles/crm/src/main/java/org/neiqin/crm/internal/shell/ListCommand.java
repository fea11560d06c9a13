package org.neiqin.crm.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.neiqin.api.shell.TextTable;
import org.neiqin.crm.internal.CustomerQuery;
import org.neiqin.crm.internal.CustomerRow;
import org.neiqin.crm.internal.CustomerService;
import org.neiqin.kit.query.ListQuery;

/** {@code crm:list [text]}: customers, optionally searched, including archived ones with {@code -a}. */
@Service
@Command(scope = "crm", name = "list", description = "Lists customer files")
public class ListCommand implements Action {
    @Reference
    private CustomerService crm;

    @Argument(index = 0, name = "text", description = "part of the code, full or short name", required = false)
    private String text;

    @Option(name = "-a", aliases = "--all", description = "include archived customers")
    private boolean all;

    @Option(name = "-n", aliases = "--limit", description = "at most this many rows (default 50)")
    private int limit = 50;

    @Override
    public Object execute() {
        ListQuery.Page<CustomerRow> page = crm.list(new CustomerQuery(text, null, null, null, null, null, null, null, null,
                all ? null : Boolean.FALSE, "code", false, 0, Math.min(limit, ListQuery.MAX_PAGE)));
        TextTable table = new TextTable("Id", "Code", "Name", "Lifecycle", "Nature", "Grade", "Region", "Route", "Archived");
        for (CustomerRow v : page.rows()) {
            table.row(v.id(), v.code(), v.fullName(), v.lifecycle(), v.nature(),
                    v.grade(), v.region(), v.route(), v.archived() ? "yes" : "");
        }
        table.print(System.out);
        System.out.println(page.rows().size() + " of " + (page.totalExact() ? "" : "more than ") + page.total() + " customers");
        return null;
    }
}
