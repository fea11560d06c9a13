package org.neiqin.leads.internal.console;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.neiqin.api.console.Cell;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Link;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Paging;
import org.neiqin.api.console.Table;
import org.neiqin.leads.internal.LeadAccess;
import org.neiqin.leads.internal.LeadQuery;
import org.neiqin.leads.internal.LeadRow;
import org.neiqin.leads.internal.LeadService;
import org.neiqin.leads.internal.LeadSource;
import org.neiqin.leads.internal.LeadStage;
import org.neiqin.leads.internal.LeadsModule;
import org.neiqin.kit.form.Labels;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.query.ListQuery;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The leads: a salesperson's own and the public pool's, everyone's for the office; by text, stage, source, region,
 * owner, the pool only, those due to be called; sorted, paged, exported.
 */
@Component
public class LeadsPage implements ConsolePage {
    static final String LABEL = "neiqin-leads";

    @Reference
    private LeadService leads;
    @Reference
    private LeadAccess access;

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return 600; }

    @Override
    public String title() { return LeadsModule.TITLE; }

    @Override
    public String permission() { return LeadsModule.READ; }

    @Override
    public Page render(PageRequest r) {
        ListParams.onlyKnownInConsole(r.paramNames(), LeadQuery.FILTERS);
        LeadQuery q = LeadQuery.from(r::param, (r.page() - 1) * r.pageSize(), r.pageSize());
        ListQuery.Page<LeadRow> result = leads.list(q);
        List<List<Cell>> rows = new ArrayList<>();
        for (LeadRow v : result.rows()) {
            rows.add(List.of(Cell.link(v.code(), LeadPage.LABEL + "?id=" + v.id()), Cell.of(v.company()),
                    Cell.of(v.contact()), Cell.of(r.region(v.region())), Cell.of(Labels.choice(r, v.source())),
                    Cell.of(Labels.choice(r, v.stage())),
                    Cell.of(v.owner() == null ? r.msg("leads.inPool") : r.person(v.owner())),
                    Cell.of(v.nextContactOn() == null ? "" : v.nextContactOn().toString()), Cell.of(v.touches()),
                    Cell.of(r.time(v.updatedAt()))));
        }
        List<Field> filters = new ArrayList<>(List.of(Field.text("q", r.msg("filter.text"), r.param("q")),
                Field.select("stage", Labels.field(r, "stage"), r.param("stage"), Labels.options(r, LeadStage.class,
                        true)),
                Field.select("source", Labels.field(r, "source"), r.param("source"), Labels.options(r,
                        LeadSource.class, true)),
                Labels.regionFilter(r)));
        if (access.seesAll(r.actor())) {
            filters.add(Field.text("owner", r.msg("column.owner"), r.param("owner")));
        }
        filters.add(yesNo(r, "pool", r.msg("leads.poolOnly"), q.pool()));
        filters.add(yesNo(r, "due", r.msg("leads.dueOnly"), q.due()));
        return Page.of(r.msg(q.pool() ? "leads.pool" : "leads.title"),
                LeadLinks.of(r, new Link(r.msg("lead.new"), LeadPage.LABEL)),
                Form.filter(r.msg("filter.apply"), filters),
                new Table(List.of(r.msg("column.code"), Labels.field(r, "company"), Labels.field(r, "contact"),
                        Labels.field(r, "region"), Labels.field(r, "source"), Labels.field(r, "stage"),
                        r.msg("column.owner"), r.msg("column.nextContactOn"), r.msg("column.touches"),
                        r.msg("column.updatedAt")), rows,
                        new Paging(r.page(), r.pageSize(), result.total(), result.totalExact()), "leads")
                        .sortedBy(Arrays.asList("code", "company", null, null, null, null, null, "nextContactOn", null,
                                "updatedAt")));
    }

    static Field yesNo(PageRequest r, String name, String label, boolean value) {
        return Field.select(name, label, value ? "true" : "false", List.of(new Field.Option("false",
                r.msg("filter.all")), new Field.Option("true", r.msg("filter.yes"))));
    }
}
