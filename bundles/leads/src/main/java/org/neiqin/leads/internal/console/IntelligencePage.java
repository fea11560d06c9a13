package org.neiqin.leads.internal.console;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neiqin.api.console.Cell;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Heading;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Paging;
import org.neiqin.api.console.Table;
import org.neiqin.api.time.CompanyClock;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Labels;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.query.ListQuery;
import org.neiqin.leads.internal.LeadsModule;
import org.neiqin.leads.internal.calls.CallService;
import org.neiqin.leads.internal.calls.Topic;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Market intelligence (市场情报): what the calls learned about the market, competitors and policy, counted per region
 * and topic over the days chosen and listed newest first, searched by text; for the sales strategy.
 */
@Component
public class IntelligencePage implements ConsolePage {
    static final String LABEL = "neiqin-lead-intelligence";

    @Reference
    private CallService calls;
    @Reference
    private CompanyClock clock;

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return NOT_IN_MENU; }

    @Override
    public String title() { return "Market intelligence"; }

    @Override
    public String permission() { return LeadsModule.READ; }

    @Override
    public Page render(PageRequest r) {
        ListParams.onlyKnownInConsole(r.paramNames(), List.of("q", "region", "topic", "from", "to"));
        LocalDate today = clock.today();
        LocalDate from = day(r, "from", today.minusDays(90));
        LocalDate to = day(r, "to", today);
        Topic topic = Forms.choice(Topic.class, "topic", r.param("topic"));
        Map<String, Map<Topic, Long>> counts = calls.intelligenceCounts(from, to);
        List<String> columns = new ArrayList<>(List.of(Labels.field(r, "region")));
        for (Topic t : Topic.values()) {
            columns.add(Labels.choice(r, t));
        }
        List<List<Cell>> countRows = new ArrayList<>();
        counts.forEach((region, byTopic) -> {
            List<Cell> row = new ArrayList<>(List.of(Cell.link(region.isEmpty() ? "—" : r.region(region), LABEL
                    + "?region=" + region + "&from=" + from + "&to=" + to)));
            for (Topic t : Topic.values()) {
                row.add(Cell.of(byTopic.getOrDefault(t, 0L)));
            }
            countRows.add(row);
        });
        ListQuery.Page<CallService.Intelligence> page = calls.intelligence(r.param("q"), r.param("region"), topic,
                from, to, (r.page() - 1) * r.pageSize(), r.pageSize());
        List<List<Cell>> rows = new ArrayList<>();
        for (CallService.Intelligence i : page.rows()) {
            rows.add(List.of(Cell.of(r.time(i.at())), Cell.of(r.region(i.region())), Cell.of(i.topic() == null ? ""
                    : Labels.choice(r, i.topic())), Cell.of(i.learned()), Cell.of(i.competitor() == null ? ""
                    : i.competitor()), Cell.link(i.leadCode(), LeadPage.LABEL + "?id=" + i.leadId()),
                    Cell.of(r.person(i.caller()))));
        }
        return Page.of(r.msg("title.neiqin-lead-intelligence"), LeadLinks.of(r),
                Form.filter(r.msg("filter.apply"), List.of(Field.text("q", r.msg("filter.text"), r.param("q")),
                        Labels.regionFilter(r), Field.select("topic", Labels.field(r, "topic"), r.param("topic"),
                                Labels.options(r, Topic.class, true)),
                        Field.text("from", r.msg("filter.from"), from.toString()),
                        Field.text("to", r.msg("filter.to"), to.toString()))),
                new Heading(r.msg("intelligence.perRegion")),
                new Table(columns, countRows, null, "intelligence-counts"),
                new Heading(r.msg("intelligence.learned")),
                new Table(List.of(r.msg("column.at"), Labels.field(r, "region"), Labels.field(r, "topic"),
                        Labels.field(r, "learned"), r.msg("field.competitor"), r.msg("column.lead"),
                        r.msg("column.caller")), rows, new Paging(r.page(), r.pageSize(), page.total(),
                        page.totalExact()), "intelligence"));
    }

    static LocalDate day(PageRequest r, String name, LocalDate otherwise) {
        String v = r.param(name);
        return v == null || v.isBlank() ? otherwise : Forms.parse(LocalDate.class, name, v);
    }
}
