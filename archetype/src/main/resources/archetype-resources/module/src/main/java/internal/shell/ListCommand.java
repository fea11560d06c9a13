package ${package}.internal.shell;

import ${package}.internal.${record}Query;
import ${package}.internal.${record}Row;
import ${package}.internal.${record}Service;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.neiqin.api.shell.TextTable;
import org.neiqin.kit.query.ListQuery;

/** {@code ${moduleId}:list [text]}: the list, as the console shows it (the feature's ACL says who may run it). */
@Service
@Command(scope = "${moduleId}", name = "list", description = "Lists the records")
public class ListCommand implements Action {
    @Reference
    private ${record}Service service;

    @Argument(index = 0, name = "text", description = "part of a name or code", required = false)
    private String text;

    @Option(name = "-n", aliases = "--limit", description = "at most this many rows (default 50)")
    private int limit = 50;

    @Override
    public Object execute() {
        ListQuery.Page<${record}Row> page = service.list(new ${record}Query(text, null, "code", false, 0,
                Math.min(limit, ListQuery.MAX_PAGE)));
        TextTable table = new TextTable("Id", "Code", "Name", "Kind", "Version");
        for (${record}Row v : page.rows()) {
            table.row(v.id(), v.code(), v.name(), v.kind(), v.version());
        }
        table.print(System.out);
        System.out.println(page.rows().size() + " of " + (page.totalExact() ? "" : "more than ") + page.total()
                + " records");
        return null;
    }
}
