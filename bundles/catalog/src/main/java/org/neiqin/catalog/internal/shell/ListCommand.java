package org.neiqin.catalog.internal.shell;

import org.neiqin.catalog.internal.ProductQuery;
import org.neiqin.catalog.internal.ProductRow;
import org.neiqin.catalog.internal.ProductService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.neiqin.api.shell.TextTable;
import org.neiqin.kit.query.ListQuery;

/** {@code catalog:list [text]}: the catalogue, as the console lists it (the feature's ACL says who may run it). */
@Service
@Command(scope = "catalog", name = "list", description = "Lists the products of the catalogue")
public class ListCommand implements Action {
    @Reference
    private ProductService service;

    @Argument(index = 0, name = "text", description = "part of a code, name or specification", required = false)
    private String text;

    @Option(name = "-n", aliases = "--limit", description = "at most this many rows (default 50)")
    private int limit = 50;

    @Override
    public Object execute() {
        ListQuery.Page<ProductRow> page = service.list(new ProductQuery(text, null, null, "code", false, 0,
                Math.min(limit, ListQuery.MAX_PAGE)));
        TextTable table = new TextTable("Id", "Code", "Name", "Spec", "Unit", "Group", "State");
        for (ProductRow v : page.rows()) {
            table.row(v.id(), v.code(), v.name(), v.spec(), v.unit(), v.productGroup(), v.state());
        }
        table.print(System.out);
        System.out.println(page.rows().size() + " of " + (page.totalExact() ? "" : "more than ") + page.total()
                + " products");
        return null;
    }
}
