package org.neiqin.invoicing.internal.shell;

import org.neiqin.invoicing.internal.InvoiceQuery;
import org.neiqin.invoicing.internal.InvoiceRow;
import org.neiqin.invoicing.internal.InvoiceReader;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.neiqin.api.shell.TextTable;
import org.neiqin.kit.query.ListQuery;

/** {@code invoicing:list [text]}: the list, as the console shows it (the feature's ACL says who may run it). */
@Service
@Command(scope = "invoicing", name = "list", description = "Lists invoices and invoice requests, the latest changed first")
public class ListCommand implements Action {
    @Reference
    private InvoiceReader service;

    @Argument(index = 0, name = "text", description = "part of an invoice number, order number or customer name", required = false)
    private String text;

    @Option(name = "-n", aliases = "--limit", description = "at most this many rows (default 50)")
    private int limit = 50;

    @Override
    public Object execute() {
        ListQuery.Page<InvoiceRow> page = service.list(new InvoiceQuery(text, null, null, "updatedAt", true, 0,
                Math.min(limit, ListQuery.MAX_PAGE)));
        TextTable table = new TextTable("Id", "Number", "State", "Order", "Customer", "Total", "Issued", "Version");
        for (InvoiceRow v : page.rows()) {
            table.row(v.id(), v.number() == null ? "" : v.number(), v.state(), v.documentNumber(), v.customerName(),
                    v.total(), v.issuedOn() == null ? "" : v.issuedOn(), v.version());
        }
        table.print(System.out);
        System.out.println(page.rows().size() + " of " + (page.totalExact() ? "" : "more than ") + page.total()
                + " invoices");
        return null;
    }
}
