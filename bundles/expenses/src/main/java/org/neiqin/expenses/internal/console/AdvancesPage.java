package org.neiqin.expenses.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.Cell;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Link;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Table;
import org.neiqin.expenses.internal.ExpensesModule;
import org.neiqin.expenses.internal.advances.AdvanceService;
import org.neiqin.expenses.internal.advances.AdvanceView;
import org.neiqin.kit.form.Labels;
import org.neiqin.kit.query.ListParams;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Advances: each person's open balance (what is still to return or to pay out), the overdue ones standing out. */
@Component
public class AdvancesPage implements ConsolePage {
    static final String LABEL = "neiqin-advances";

    @Reference
    private AdvanceService advances;

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return NOT_IN_MENU; }

    @Override
    public String title() { return "Advances"; }

    @Override
    public String permission() { return ExpensesModule.READ; }

    @Override
    public Page render(PageRequest r) {
        ListParams.onlyKnownInConsole(r.paramNames(), List.of("open"));
        boolean open = ListParams.bool("open", r.param("open"), true);
        List<List<Cell>> rows = new ArrayList<>();
        for (AdvanceView v : advances.list(open)) {
            String settlement = v.settlement() == null ? "" : r.msg("settlement." + v.settlement());
            rows.add(List.of(Cell.link(v.code(), AdvancePage.LABEL + "?id=" + v.id()), Cell.of(r.person(v.borrower())),
                    Cell.of(Labels.choice(r, v.data().kind())), Cell.of(v.data().purpose()), Cell.of(v.data().amount()),
                    Cell.of(v.claimed()), Cell.of(v.balance()), Cell.of(settlement),
                    Cell.of(v.dueOn() == null ? "" : v.dueOn() + (v.overdue() ? " · " + r.msg("advance.overdue") : "")),
                    Cell.of(Labels.choice(r, v.state()))));
        }
        return Page.of(r.msg("title.neiqin-advances"),
                ExpenseLinks.of(r, new Link(r.msg("advance.new"), AdvancePage.LABEL)),
                Form.filter(r.msg("filter.apply"), List.of(Field.select("open", r.msg("advance.which"),
                        open ? "true" : "false", List.of(new Field.Option("true", r.msg("advance.openOnly"),
                                java.util.Map.of()), new Field.Option("false", r.msg("filter.all"), java.util.Map.of()))))),
                new Table(List.of(r.msg("column.code"), r.msg("column.borrower"), Labels.field(r, "kind"),
                        Labels.field(r, "purpose"), Labels.field(r, "amount"), r.msg("column.claimed"),
                        r.msg("column.balance"), r.msg("column.settlement"), r.msg("column.dueOn"),
                        Labels.field(r, "state")), rows, null, "advances"));
    }
}
