package org.neiqin.expenses.internal.shell;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.neiqin.api.shell.TextTable;
import org.neiqin.api.time.CompanyClock;
import org.neiqin.expenses.internal.budgets.BudgetService;
import org.neiqin.expenses.internal.budgets.BudgetView;

/** {@code expenses:budgets [year]}: each budget of the year, planned against committed, actual and available. */
@Service
@Command(scope = "expenses", name = "budgets", description = "Lists budgets against what is committed and spent")
public class BudgetsCommand implements Action {
    @Reference
    private BudgetService budgets;
    @Reference
    private CompanyClock clock;

    @Argument(index = 0, name = "year", description = "the year (this year by default)", required = false)
    private Integer year;

    @Override
    public Object execute() {
        int y = year == null ? clock.today().getYear() : year;
        TextTable table = new TextTable("Id", "Name", "Scope", "Key", "Category", "From", "To", "Planned", "Committed",
                "Actual", "Available");
        for (BudgetView v : budgets.list(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31))) {
            table.row(v.id(), v.data().name(), v.data().scope(), v.data().scopeKey(), v.data().category() == null ? "*"
                    : v.data().category(), v.data().periodFrom(), v.data().periodTo(), v.data().planned().amount(),
                    v.committed().amount(), v.actual().amount(), v.available().amount());
        }
        table.print(System.out);
        return null;
    }
}
