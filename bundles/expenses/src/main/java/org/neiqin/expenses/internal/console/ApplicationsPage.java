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
import org.neiqin.expenses.internal.applications.ApplicationService;
import org.neiqin.expenses.internal.applications.ApplicationState;
import org.neiqin.expenses.internal.applications.ApplicationView;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Labels;
import org.neiqin.kit.query.ListParams;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Expense applications: by state, or those not verified by their day. */
@Component
public class ApplicationsPage implements ConsolePage {
    static final String LABEL = "neiqin-expense-applications";

    @Reference
    private ApplicationService applications;

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return NOT_IN_MENU; }

    @Override
    public String title() { return "Expense applications"; }

    @Override
    public String permission() { return ExpensesModule.READ; }

    @Override
    public Page render(PageRequest r) {
        ListParams.onlyKnownInConsole(r.paramNames(), List.of("state", "overdue"));
        ApplicationState state = Forms.choice(ApplicationState.class, "state", r.param("state"));
        boolean overdue = ListParams.bool("overdue", r.param("overdue"), false);
        List<List<Cell>> rows = new ArrayList<>();
        for (ApplicationView v : applications.list(state, overdue)) {
            rows.add(List.of(Cell.link(v.code(), ApplicationPage.LABEL + "?id=" + v.id()), Cell.of(r.person(v.applicant())),
                    Cell.of(Labels.choice(r, v.data().kind())), Cell.of(v.data().purpose()), Cell.of(v.data().estimate()),
                    Cell.of(v.verified() == null ? "" : Cell.of(v.verified()).text()),
                    Cell.of(v.data().periodFrom() + " – " + v.data().periodTo()),
                    Cell.of(Labels.choice(r, v.state()) + (v.overdue() ? " · " + r.msg("application.overdue") : ""))));
        }
        return Page.of(r.msg("title.neiqin-expense-applications"),
                ExpenseLinks.of(r, new Link(r.msg("application.new"), ApplicationPage.LABEL)),
                Form.filter(r.msg("filter.apply"), List.of(Field.select("state", Labels.field(r, "state"),
                        r.param("state"), Labels.options(r, ApplicationState.class, true)),
                        Field.select("overdue", r.msg("application.overdueOnly"), overdue ? "true" : "", List.of(
                                new Field.Option("", r.msg("filter.all"), java.util.Map.of()),
                                new Field.Option("true", r.msg("application.overdue"), java.util.Map.of()))))),
                new Table(List.of(r.msg("column.code"), r.msg("column.applicant"), Labels.field(r, "kind"),
                        Labels.field(r, "purpose"), Labels.field(r, "estimate"), r.msg("column.verified"),
                        r.msg("column.period"), Labels.field(r, "state")), rows, null, "applications"));
    }
}
