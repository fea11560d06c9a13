package org.neiqin.expenses.internal.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neiqin.api.console.Cell;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Heading;
import org.neiqin.api.console.Notice;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Table;
import org.neiqin.expenses.internal.ExpenseSettings;
import org.neiqin.expenses.internal.ExpensesModule;
import org.neiqin.expenses.internal.rules.CategoryCaps;
import org.neiqin.kit.form.Labels;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The rules claims are judged by, as configured: travel standards, city tiers, category caps, the higher amount. */
@Component
public class StandardsPage implements ConsolePage {
    static final String LABEL = "neiqin-expense-standards";

    @Reference
    private ExpenseSettings settings;
    @Reference
    private org.neiqin.expenses.internal.ExpensesStore store;

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return NOT_IN_MENU; }

    @Override
    public String title() { return "Travel standards"; }

    @Override
    public String permission() { return ExpensesModule.READ; }

    @Override
    public Page render(PageRequest r) {
        List<List<Cell>> standards = new ArrayList<>();
        for (List<String> row : settings.standards().table()) {
            standards.add(row.stream().map(Cell::of).toList());
        }
        List<List<Cell>> tiers = new ArrayList<>();
        for (Map.Entry<String, List<String>> t : settings.standards().cities().entrySet()) {
            tiers.add(List.of(Cell.of(t.getKey()), Cell.of(String.join(", ", t.getValue()))));
        }
        tiers.add(List.of(Cell.of(settings.standards().otherTier()), Cell.of(r.msg("standards.otherCities"))));
        List<List<Cell>> caps = new ArrayList<>();
        for (CategoryCaps.Cap c : settings.caps().caps()) {
            caps.add(List.of(Cell.of(Labels.choice(r, c.category())), Cell.of(r.msg("per." + c.per())),
                    Cell.of(c.amount().toPlainString()), Cell.of("*".equals(c.who()) ? r.msg("standards.everyone")
                            : c.who().startsWith("role:") ? c.who().substring(5) : r.person(c.who())),
                    Cell.of(r.msg("capAction." + c.action()))));
        }
        return Page.of(r.msg("title.neiqin-expense-standards"), ExpenseLinks.of(r),
                new Notice(Notice.Level.INFO, r.msg("standards.where", settings.standards().partDay().toPlainString(),
                        Cell.grouped(settings.higherFrom()))),
                new Heading(r.msg("standards.travel")),
                new Table(List.of(r.msg("column.grade"), r.msg("column.tier"), r.msg("standards.lodging"),
                        r.msg("standards.meals"), r.msg("standards.transport")), standards, null, "travel-standards"),
                new Heading(r.msg("standards.tiers")),
                new Table(List.of(r.msg("column.tier"), r.msg("standards.cities")), tiers, null, null),
                new Heading(r.msg("standards.caps")),
                new Table(List.of(Labels.field(r, "category"), r.msg("standards.per"), Labels.field(r, "amount"),
                        r.msg("standards.who"), r.msg("standards.action")), caps, null, "category-caps"),
                new Heading(r.msg("standards.changes")),
                new org.neiqin.api.console.AuditTrail(history()));
    }

    /** @return the changes of the rules' file, newest first */
    private List<org.neiqin.api.audit.AuditEntry> history() {
        List<org.neiqin.api.audit.AuditEntry> h = new ArrayList<>(store.history(ExpensesModule.RULES,
                ExpenseSettings.RULES_ID));
        java.util.Collections.reverse(h);
        return h;
    }
}
