package org.neiqin.logistics.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.Cell;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Link;
import org.neiqin.api.console.Links;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Paging;
import org.neiqin.api.console.Table;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.form.Labels;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.query.ListQuery;
import org.neiqin.logistics.internal.LogisticsModule;
import org.neiqin.logistics.internal.NoteQuery;
import org.neiqin.logistics.internal.NoteRow;
import org.neiqin.logistics.internal.NoteReader;
import org.neiqin.logistics.internal.NoteState;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The delivery notes: search, state, late only, paging, CSV and Excel; and where a new note starts. */
@Component
public class NotesPage implements ConsolePage {
    static final String LABEL = "neiqin-logistics";

    @Reference
    private NoteReader notes;
    @Reference
    private SecurityService security;

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return 300; }

    @Override
    public String title() { return "Delivery notes"; }

    @Override
    public String permission() { return LogisticsModule.READ; }

    @Override
    public Page render(PageRequest r) {
        ListParams.onlyKnownInConsole(r.paramNames(), NoteQuery.FILTERS);
        NoteQuery q = NoteQuery.from(r::param, (r.page() - 1) * r.pageSize(), r.pageSize());
        ListQuery.Page<NoteRow> result = notes.list(q);
        List<List<Cell>> rows = new ArrayList<>();
        for (NoteRow v : result.rows()) {
            rows.add(List.of(Cell.link(v.code(), NotePage.LABEL + "?id=" + v.id()), Cell.of(v.documentNumber()),
                    Cell.of(v.customerName()), Cell.of(Labels.choice(r, v.state())), Cell.of(r.msg("gate." + v.gate())),
                    Cell.of(v.promisedOn() + (v.late() ? " " + r.msg("notes.late") : "")), Cell.of(v.amount())));
        }
        Page page = Page.of(r.msg("notes.title"));
        if (security.isPermitted(r.actor(), LogisticsModule.WRITE)) {
            page = page.with(new Links(List.of(new Link(r.msg("notes.prepare"), NotePage.LABEL + "?new=1"))));
        }
        List<Field.Option> states = new ArrayList<>(Labels.options(r, NoteState.class, true));
        return page.with(Form.filter(r.msg("filter.apply"), List.of(
                        Field.text("q", r.msg("filter.text"), r.param("q")),
                        Field.select("state", r.msg("column.state"), r.param("state"), states),
                        Field.select("late", r.msg("filter.late"), r.param("late"), List.of(new Field.Option("", ""),
                                new Field.Option("true", r.msg("filter.lateOnly")))),
                        Field.select("held", r.msg("filter.held"), r.param("held"), List.of(new Field.Option("", ""),
                                new Field.Option("true", r.msg("filter.heldOnly")))),
                        Field.select("sort", r.msg("filter.sort"), q.sort(), NoteQuery.SORTS.stream()
                                .map(s -> new Field.Option(s, r.msg("column." + s))).toList()))),
                new Table(List.of(r.msg("column.code"), r.msg("column.order"), r.msg("column.customerName"),
                        r.msg("column.state"), r.msg("column.gate"), r.msg("column.promisedOn"), r.msg("column.amount")),
                        rows, new Paging(r.page(), r.pageSize(), result.total(), result.totalExact()), "delivery-notes")
                        .sortedBy(java.util.Arrays.asList("code", null, "customerName", null, null, "promisedOn", null)));
    }
}
