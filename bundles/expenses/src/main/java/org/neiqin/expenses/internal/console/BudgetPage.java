package org.neiqin.expenses.internal.console;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.console.Action;
import org.neiqin.api.console.AuditTrail;
import org.neiqin.api.console.Cell;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Heading;
import org.neiqin.api.console.Notice;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Properties;
import org.neiqin.api.console.RecordHeader;
import org.neiqin.api.security.SecurityService;
import org.neiqin.expenses.internal.ExpensesModule;
import org.neiqin.expenses.internal.budgets.BudgetData;
import org.neiqin.expenses.internal.budgets.BudgetService;
import org.neiqin.expenses.internal.budgets.BudgetView;
import org.neiqin.kit.console.PageActions;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Labels;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** One budget: planned, committed, spent and available; its plan changed by a manager, every change in its history. */
@Component
public class BudgetPage implements ConsolePage {
    static final String LABEL = "neiqin-budget";
    private static final String CREATE = "create";
    private static final String UPDATE = "update";

    @Reference
    private BudgetService service;
    @Reference
    private SecurityService security;

    private final PageActions actions = new PageActions()
            .on(CREATE, r -> {
                BudgetView v = service.create(Forms.bind(BudgetData.class, Forms.inCurrency(r::param, service.currency())));
                return new Action(LABEL + "?id=" + v.id(), r.msg("budget.created", v.data().name()));
            })
            .on(UPDATE, r -> {
                BudgetView v = service.update(r.number("id"), (int) r.number("version"), Forms.bind(BudgetData.class,
                        Forms.inCurrency(r::param, service.currency())));
                return new Action(LABEL + "?id=" + v.id(), r.msg("budget.saved"));
            });

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return NOT_IN_MENU; }

    @Override
    public String title() { return "Budget"; }

    @Override
    public String permission() { return ExpensesModule.READ; }

    @Override
    public Page render(PageRequest r) {
        boolean write = security.isPermitted(r.actor(), ExpensesModule.BUDGETS);
        if (r.param("id") == null) {
            return write ? Page.of(r.msg("budget.new"), ExpenseLinks.of(r), form(r, null))
                    : Page.of(r.msg("budget.new"), ExpenseLinks.of(r), new Notice(Notice.Level.WARNING,
                            r.msg("budget.cannotPlan")));
        }
        BudgetView v = service.get(r.number("id"));
        Page page = Page.of(v.data().name(), ExpenseLinks.of(r), new RecordHeader(v.data().name(),
                v.overdrawn() ? r.msg("budget.overdrawn") : r.msg("budget.within"), v.overdrawn() ? RecordHeader.Tone.BAD
                        : RecordHeader.Tone.GOOD, List.of(
                new Properties.Property(Labels.field(r, "planned"), Cell.of(v.data().planned()).text()),
                new Properties.Property(r.msg("column.committed"), Cell.of(v.committed()).text()),
                new Properties.Property(r.msg("column.actual"), Cell.of(v.actual()).text()),
                new Properties.Property(r.msg("column.available"), Cell.of(v.available()).text()))),
                new Properties(List.of(new Properties.Property(Labels.field(r, "scope"), Labels.choice(r,
                        v.data().scope()) + " " + BudgetsPage.scopeKey(r, v)),
                        new Properties.Property(Labels.field(r, "category"), v.data().category() == null
                                ? r.msg("budget.allCategories") : Labels.choice(r, v.data().category())),
                        new Properties.Property(r.msg("column.period"), v.data().periodFrom() + " – "
                                + v.data().periodTo()))));
        if (write) {
            page = page.with(new Heading(r.msg("budget.change")), new Notice(Notice.Level.INFO, r.msg("budget.changeHow")),
                    form(r, v));
        }
        List<AuditEntry> history = new ArrayList<>(service.history(v.id()));
        Collections.reverse(history);
        return page.with(new Heading(r.msg("claim.history")), new AuditTrail(history));
    }

    private Form form(PageRequest r, BudgetView v) {
        List<Field> fields = new ArrayList<>();
        fields.add(actions.field(v == null ? CREATE : UPDATE));
        if (v != null) {
            fields.add(Field.hidden("id", String.valueOf(v.id())));
            fields.add(Field.hidden("version", String.valueOf(v.version())));
        }
        Map<String, String> values = v == null ? Map.of() : Forms.strings(v.data());
        fields.addAll(Labels.inputs(r, BudgetData.class, n -> values.get(n)));
        return Form.action(r.msg(v == null ? "budget.create" : "budget.save"), fields);
    }

    @Override
    public Action submit(PageRequest r) {
        return actions.submit(r);
    }
}
