package org.neiqin.expenses.internal.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.neiqin.api.console.Cell;
import org.neiqin.api.console.Chart;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Heading;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Table;
import org.neiqin.api.contracts.SalesFigures;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.api.expenses.ExpenseLedger;
import org.neiqin.api.money.Money;
import org.neiqin.expenses.internal.Category;
import org.neiqin.expenses.internal.ExpensesModule;
import org.neiqin.expenses.internal.reports.Spending;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Labels;
import org.neiqin.kit.query.ListParams;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Monthly expense statistics (费用统计) from one month to another: per salesperson and category with the expense-to-sales
 * ratio when the contracts module is installed, per region, and per month with a chart; each table exports to CSV and
 * Excel.
 */
@Component
public class ReportsPage implements ConsolePage {
    static final String LABEL = "neiqin-expense-reports";

    @Reference
    private Spending spending;
    @Reference
    private org.neiqin.api.time.CompanyClock clock;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SalesFigures sales;

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return NOT_IN_MENU; }

    @Override
    public String title() { return "Expense statistics"; }

    @Override
    public String permission() { return ExpensesModule.BUDGETS; }

    @Override
    public Page render(PageRequest r) {
        ListParams.onlyKnownInConsole(r.paramNames(), List.of("from", "to"));
        YearMonth now = YearMonth.from(clock.today());
        YearMonth from = month(r, "from", YearMonth.of(now.getYear(), 1));
        YearMonth to = month(r, "to", now);
        if (to.isBefore(from)) {
            Forms.require(List.of(new FieldError("to", "order", Text.of("expenses.report.order",
                    "the months end with {0}, before they start with {1}", to, from))));
        }
        LocalDate first = from.atDay(1);
        LocalDate last = to.atEndOfMonth();
        String currency = null;
        Map<String, Map<String, BigDecimal>> pivot = spending.bySalespersonAndCategory(first, last);
        TreeSet<String> categories = new TreeSet<>();
        pivot.values().forEach(m -> categories.addAll(m.keySet()));
        List<String> cats = new ArrayList<>();
        for (Category c : Category.values()) {
            if (categories.contains(c.name())) {
                cats.add(c.name());
            }
        }
        SalesFigures figures = sales;
        Map<String, Money> sold = figures == null ? Map.of() : figures.bySalesperson(first, last);
        List<String> columns = new ArrayList<>(List.of(r.msg("column.salesperson")));
        cats.forEach(c -> columns.add(r.msg("enum.Category." + c)));
        columns.add(r.msg("column.total"));
        if (figures != null) {
            columns.add(r.msg("column.sales"));
            columns.add(r.msg("column.ratio"));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (String person : new TreeSet<>(pivot.keySet())) {
            List<Cell> row = new ArrayList<>(List.of(Cell.of(r.person(person))));
            BigDecimal total = BigDecimal.ZERO;
            for (String c : cats) {
                BigDecimal v = pivot.get(person).getOrDefault(c, BigDecimal.ZERO);
                total = total.add(v);
                row.add(Cell.of(v));
            }
            row.add(Cell.of(total));
            if (figures != null) {
                Money s = sold.get(person);
                row.add(s == null ? Cell.of("") : Cell.of(s));
                row.add(Cell.of(s == null || s.amount().signum() == 0 ? "–" : total.multiply(BigDecimal.valueOf(100))
                        .divide(s.amount(), 2, RoundingMode.HALF_UP).toPlainString() + "%"));
            }
            rows.add(row);
        }
        List<List<Cell>> regions = new ArrayList<>();
        for (ExpenseLedger.Spend s : spending.spend(first, last, ExpenseLedger.By.REGION)) {
            regions.add(List.of(Cell.of(s.key().isEmpty() ? r.msg("report.noRegion") : r.region(s.key())),
                    Cell.of(s.amount())));
            currency = s.amount().currency().getCurrencyCode();
        }
        List<List<Cell>> months = new ArrayList<>();
        List<Chart.Bar> bars = new ArrayList<>();
        for (ExpenseLedger.Spend s : spending.spend(first, last, ExpenseLedger.By.MONTH)) {
            months.add(List.of(Cell.of(s.key()), Cell.of(s.amount())));
            bars.add(new Chart.Bar(s.key(), s.amount().amount(), Cell.of(s.amount()).text()));
        }
        String span = from + "_" + to;
        Page page = Page.of(r.msg("report.title", from, to), ExpenseLinks.of(r),
                Form.filter(r.msg("filter.apply"), List.of(Field.text("from", r.msg("report.from"), from.toString()),
                        Field.text("to", r.msg("report.to"), to.toString()))),
                new Heading(r.msg("report.bySalesperson")),
                new Table(columns, rows, null, "expenses-by-salesperson-" + span),
                new Heading(r.msg("report.byRegion")),
                new Table(List.of(r.msg("column.region"), r.msg("column.total")), regions, null, "expenses-by-region-" + span),
                new Heading(r.msg("report.byMonth")),
                new Table(List.of(r.msg("report.month"), r.msg("column.total")), months, null, "expenses-by-month-" + span));
        return bars.isEmpty() || currency == null && months.isEmpty() ? page
                : page.with(new Chart(r.msg("report.chart"), bars));
    }

    private static YearMonth month(PageRequest r, String name, YearMonth fallback) {
        String v = r.param(name);
        if (v == null) {
            return fallback;
        }
        try {
            return YearMonth.parse(v.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.neiqin.api.error.ValidationException(name, "format", Text.of("expenses.report.month",
                    "{0} is no month: write it as 2026-12", v));
        }
    }
}
