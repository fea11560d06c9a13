package org.neiqin.leads.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.neiqin.api.shell.TextTable;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.query.ListQuery;
import org.neiqin.leads.internal.LeadQuery;
import org.neiqin.leads.internal.LeadRow;
import org.neiqin.leads.internal.LeadService;
import org.neiqin.leads.internal.LeadStage;

/**
 * {@code leads:list [text]}: the leads the caller sees, as the console lists them (the feature's ACL says who may run
 * it): {@code --pool} the public pool only, {@code --due} those due to be called, {@code --stage NEW}.
 */
@Service
@Command(scope = "leads", name = "list", description = "Lists the investment leads")
public class ListCommand implements Action {
    @Reference
    private LeadService service;

    @Argument(index = 0, name = "text", description = "part of a code, company, contact, phone or e-mail", required = false)
    private String text;

    @Option(name = "--pool", description = "the public pool only")
    private boolean pool;

    @Option(name = "--due", description = "only those due to be called by today")
    private boolean due;

    @Option(name = "--stage", description = "NEW, CONTACTED, QUALIFIED, NEGOTIATING, WON or LOST")
    private String stage;

    @Option(name = "-n", aliases = "--limit", description = "at most this many rows (default 50)")
    private int limit = 50;

    @Override
    public Object execute() {
        ListQuery.Page<LeadRow> page = service.list(new LeadQuery(text, Forms.choice(LeadStage.class, "stage", stage),
                null, null, null, pool, due, "code", true, 0, Math.min(limit, ListQuery.MAX_PAGE)));
        TextTable table = new TextTable("Id", "Code", "Company", "Region", "Stage", "Owner", "Next call");
        for (LeadRow v : page.rows()) {
            table.row(v.id(), v.code(), v.company(), v.region() == null ? "" : v.region(), v.stage(),
                    v.owner() == null ? "(pool)" : v.owner(), v.nextContactOn() == null ? "" : v.nextContactOn());
        }
        table.print(System.out);
        System.out.println(page.rows().size() + " of " + (page.totalExact() ? "" : "more than ") + page.total()
                + " leads");
        return null;
    }
}
