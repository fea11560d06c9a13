package org.neiqin.expenses.internal.console;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.console.Action;
import org.neiqin.api.console.AuditTrail;
import org.neiqin.api.console.Block;
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
import org.neiqin.expenses.internal.applications.ApplicationData;
import org.neiqin.expenses.internal.applications.ApplicationService;
import org.neiqin.expenses.internal.applications.ApplicationState;
import org.neiqin.expenses.internal.applications.ApplicationView;
import org.neiqin.expenses.internal.applications.VerifyData;
import org.neiqin.kit.console.PageActions;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Labels;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** One application: the form of a new one, or the application with its figures, the verification and its history. */
@Component
public class ApplicationPage implements ConsolePage {
    static final String LABEL = "neiqin-expense-application";
    private static final String APPLY = "apply";
    private static final String VERIFY = "verify";

    @Reference
    private ApplicationService service;
    @Reference
    private SecurityService security;
    @Reference
    private org.neiqin.expenses.internal.applications.Verification verification;
    @Reference
    private org.neiqin.expenses.internal.CustomerNames customers;

    private final PageActions actions = new PageActions()
            .on(APPLY, r -> {
                ApplicationView v = service.apply(Forms.bind(ApplicationData.class, Forms.inCurrency(r::param,
                        service.currency())));
                return new Action(LABEL + "?id=" + v.id(), r.msg("application.submitted", v.code()));
            })
            .on(VERIFY, r -> {
                VerifyData d = Forms.bind(VerifyData.class, Forms.inCurrency(r::param, service.currency()));
                ApplicationView v = verification.verify(r.number("id"), (int) r.number("version"), d.verified(), d.receipts(),
                        d.allowanceBase());
                return new Action(LABEL + "?id=" + v.id(), r.msg("application.verified", v.code()));
            });

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return NOT_IN_MENU; }

    @Override
    public String title() { return "Expense application"; }

    @Override
    public String permission() { return ExpensesModule.READ; }

    @Override
    public Page render(PageRequest r) {
        if (r.param("id") == null) {
            return ExpenseLinks.newOne(r, security.isPermitted(r.actor(), ExpensesModule.CLAIM_OWN), "application.new",
                    "application.howTo", () -> {
                        List<Field> fields = new ArrayList<>();
                        fields.add(actions.field(APPLY));
                        for (Field f : Labels.inputs(r, ApplicationData.class, n -> null)) {
                            if (customers.installed() || !f.name().equals("customerId")) {
                                fields.add(f);
                            }
                        }
                        return Form.action(r.msg("application.submit"), fields);
                    });
        }
        ApplicationView v = service.get(r.number("id"));
        List<Block> blocks = new ArrayList<>();
        blocks.add(ExpenseLinks.of(r));
        blocks.add(new RecordHeader(v.code(), Labels.choice(r, v.state()), v.overdue() ? RecordHeader.Tone.WARN
                : v.state() == ApplicationState.VERIFIED ? RecordHeader.Tone.GOOD : RecordHeader.Tone.INFO, List.of(
                new Properties.Property(Labels.field(r, "estimate"), Cell.of(v.data().estimate()).text()),
                new Properties.Property(r.msg("column.claimed"), Cell.of(v.claimed()).text()),
                new Properties.Property(r.msg("column.verified"), v.verified() == null ? "–"
                        : Cell.of(v.verified()).text()))));
        if (v.overdue()) {
            blocks.add(new Notice(Notice.Level.WARNING, r.msg("application.overdueSince", v.verifyBy())));
        }
        if ("budget".equals(v.higher()) && v.state() == ApplicationState.REQUESTED) {
            blocks.add(new Notice(Notice.Level.WARNING, r.msg("application.higher")));
        }
        List<Properties.Property> p = new ArrayList<>();
        p.add(new Properties.Property(r.msg("column.applicant"), r.person(v.applicant())));
        p.add(new Properties.Property(Labels.field(r, "kind"), Labels.choice(r, v.data().kind())));
        p.add(new Properties.Property(Labels.field(r, "purpose"), v.data().purpose()));
        p.add(new Properties.Property(r.msg("column.period"), v.data().periodFrom() + " – " + v.data().periodTo()));
        p.add(new Properties.Property(r.msg("column.verifyBy"), String.valueOf(v.verifyBy())));
        p.add(new Properties.Property(r.msg("column.budget"), v.budgetName() == null ? r.msg("budget.none")
                : v.budgetName()));
        if (v.data().region() != null) {
            p.add(new Properties.Property(Labels.field(r, "region"), r.region(v.data().region())));
        }
        if (v.customerName() != null) {
            p.add(new Properties.Property(Labels.field(r, "customerId"), v.customerName()));
        }
        if (v.data().allowanceRate() != null) {
            p.add(new Properties.Property(Labels.field(r, "allowanceRate"), v.data().allowanceRate().stripTrailingZeros()
                    .toPlainString() + "%"));
        }
        if (v.allowance() != null) {
            p.add(new Properties.Property(Labels.field(r, "allowanceBase"), Cell.of(v.allowanceBase()).text()));
            p.add(new Properties.Property(r.msg("column.allowance"), Cell.of(v.allowance()).text()));
        }
        if (v.receipts() != null) {
            p.add(new Properties.Property(Labels.field(r, "receipts"), v.receipts()));
        }
        if (v.data().note() != null) {
            p.add(new Properties.Property(Labels.field(r, "note"), v.data().note()));
        }
        blocks.add(new Properties(p));
        if (v.state() == ApplicationState.APPROVED && security.isPermitted(r.actor(), ExpensesModule.CHECK)
                && !v.applicant().equals(r.actor().name())) {
            blocks.add(new Heading(r.msg("application.verify")));
            blocks.add(Form.action(r.msg("application.verify"), List.of(actions.field(VERIFY),
                    Field.hidden("id", String.valueOf(v.id())), Field.hidden("version", String.valueOf(v.version())),
                    Field.text("verified", r.msg("column.verified") + " (" + service.currency() + ")",
                            v.claimed().amount().signum() > 0 ? v.claimed().amount().toPlainString() : null),
                    Field.text("receipts", Labels.field(r, "receipts"), null),
                    v.data().allowanceRate() != null && !verification.allowanceFromContracts()
                            ? Field.text("allowanceBase", Labels.field(r, "allowanceBase") + " (" + service.currency() + ")",
                                    null) : Field.hidden("allowanceBase", ""))));
        }
        List<AuditEntry> history = new ArrayList<>(service.history(v.id()));
        Collections.reverse(history);
        blocks.add(new Heading(r.msg("claim.history")));
        blocks.add(new AuditTrail(history));
        return new Page(v.code() + " " + v.data().purpose(), blocks);
    }

    @Override
    public Action submit(PageRequest r) {
        return actions.submit(r);
    }
}
