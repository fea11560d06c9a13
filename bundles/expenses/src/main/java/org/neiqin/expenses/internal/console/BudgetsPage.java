package org.neiqin.expenses.internal.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.Cell;
import org.neiqin.api.console.Chart;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Link;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Table;
import org.neiqin.api.security.SecurityService;
import org.neiqin.expenses.internal.ExpensesModule;
import org.neiqin.expenses.internal.budgets.BudgetService;
import org.neiqin.expenses.internal.budgets.BudgetView;
import org.neiqin.kit.form.Labels;
import org.neiqin.kit.query.ListParams;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Budgets of a year against what is committed and spent, as a table and as a chart of each budget's use. */
@Component
public class BudgetsPage implements ConsolePage {
    static final String LABEL = "neiqin-budgets";

    @Reference
    private BudgetService budgets;
    @Reference
    private SecurityService security;
    @Reference
    private org.neiqin.api.time.CompanyClock clock;

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return NOT_IN_MENU; }

    @Override
    public String title() { return "Budgets"; }

    @Override
    public String permission() { return ExpensesModule.READ; }

    @Override
    public Page render(PageRequest r) {
        ListParams.onlyKnownInConsole(r.paramNames(), List.of("year"));
        int year = r.param("year") == null ? clock.today().getYear() : (int) r.number("year");
        List<BudgetView> list = budgets.list(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        List<List<Cell>> rows = new ArrayList<>();
        List<Chart.Bar> bars = new ArrayList<>();
        for (BudgetView v : list) {
            rows.add(List.of(Cell.link(v.data().name(), BudgetPage.LABEL + "?id=" + v.id()),
                    Cell.of(Labels.choice(r, v.data().scope())), Cell.of(scopeKey(r, v)),
                    Cell.of(v.data().category() == null ? r.msg("budget.allCategories")
                            : Labels.choice(r, v.data().category())),
                    Cell.of(v.data().periodFrom() + " – " + v.data().periodTo()), Cell.of(v.data().planned()),
                    Cell.of(v.committed()), Cell.of(v.actual()), Cell.of(v.available()),
                    Cell.of(v.overdrawn() ? r.msg("budget.overdrawn") : "")));
            BigDecimal used = v.committed().amount().add(v.actual().amount());
            BigDecimal planned = v.data().planned().amount();
            BigDecimal share = planned.signum() == 0 ? BigDecimal.ZERO
                    : used.multiply(BigDecimal.valueOf(100)).divide(planned, 0, java.math.RoundingMode.HALF_UP);
            bars.add(new Chart.Bar(v.data().name(), share, r.msg("budget.used", share.toPlainString(),
                    Cell.grouped(used), Cell.grouped(planned))));
        }
        List<Link> links = new ArrayList<>();
        if (security.isPermitted(r.actor(), ExpensesModule.BUDGETS)) {
            links.add(new Link(r.msg("budget.new"), BudgetPage.LABEL));
        }
        Page page = Page.of(r.msg("budgets.title", year), ExpenseLinks.of(r, links.toArray(new Link[0])),
                Form.filter(r.msg("filter.apply"), List.of(Field.text("year", r.msg("column.year"),
                        String.valueOf(year)))),
                new Table(List.of(Labels.field(r, "name"), Labels.field(r, "scope"), Labels.field(r, "scopeKey"),
                        Labels.field(r, "category"), r.msg("column.period"), Labels.field(r, "planned"),
                        r.msg("column.committed"), r.msg("column.actual"), r.msg("column.available"), ""), rows, null,
                        "budgets-" + year));
        return bars.isEmpty() ? page : page.with(new Chart(r.msg("budgets.chart"), bars));
    }

    static String scopeKey(PageRequest r, BudgetView v) {
        return switch (v.data().scope()) {
            case SALESPERSON -> r.person(v.data().scopeKey());
            case REGION -> r.region(v.data().scopeKey());
            default -> v.data().scopeKey();
        };
    }
}
