package org.neiqin.contracts.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.neiqin.api.shell.TextTable;
import org.neiqin.contracts.internal.DocumentQuery;
import org.neiqin.contracts.internal.DocumentReader;
import org.neiqin.contracts.internal.DocumentRow;
import org.neiqin.kit.query.ListQuery;

/** {@code contracts:list [text]}: the ledger, newest first, filtered by kind and state. */
@Service
@Command(scope = "contracts", name = "list", description = "Lists quotations, orders and contracts")
public class ListCommand implements Action {
    @Reference
    private DocumentReader reader;

    @Argument(index = 0, name = "text", description = "part of the number or the customer name", required = false)
    private String text;

    @Option(name = "-k", aliases = "--kind", description = "QUOTATION, ORDER, SALES_CONTRACT, PURCHASE_CONTRACT or DISTRIBUTION_AGREEMENT")
    private String kind;

    @Option(name = "-s", aliases = "--state", description = "DRAFT, IN_REVIEW, CREDIT_HOLD, APPROVED, EFFECTIVE, CONVERTED or CLOSED")
    private String state;

    @Option(name = "-n", aliases = "--limit", description = "at most this many rows (default 50)")
    private int limit = 50;

    @Override
    public Object execute() {
        java.util.Map<String, String> p = new java.util.HashMap<>();
        p.put("q", text);
        p.put("kind", kind);
        p.put("state", state);
        ListQuery.Page<DocumentRow> page = reader.list(DocumentQuery.from(p::get, 0, Math.min(limit, ListQuery.MAX_PAGE)));
        TextTable table = new TextTable("Id", "Number", "Kind", "State", "Customer", "Date", "Delivery", "Total", "Rev");
        for (DocumentRow v : page.rows()) {
            table.row(v.id(), v.displayNumber(), v.kind(), v.state(), v.customerName(),
                    v.documentDate(), v.deliveryDate(), v.total(), v.revision());
        }
        table.print(System.out);
        System.out.println(page.rows().size() + " of " + (page.totalExact() ? "" : "more than ") + page.total() + " documents");
        return null;
    }
}
