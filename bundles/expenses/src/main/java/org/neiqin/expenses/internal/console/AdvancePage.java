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
import org.neiqin.api.console.Table;
import org.neiqin.api.security.SecurityService;
import org.neiqin.expenses.internal.ExpensesModule;
import org.neiqin.expenses.internal.advances.AdvanceData;
import org.neiqin.expenses.internal.advances.AdvanceService;
import org.neiqin.expenses.internal.advances.AdvanceState;
import org.neiqin.expenses.internal.advances.AdvanceView;
import org.neiqin.kit.console.PageActions;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Labels;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** One advance: the request form, or the advance with its claims, what it comes to, and finance's payment and settling. */
@Component
public class AdvancePage implements ConsolePage {
    static final String LABEL = "neiqin-advance";
    private static final String REQUEST = "request";
    private static final String PAY = "pay";
    private static final String SETTLE = "settle";

    @Reference
    private AdvanceService service;
    @Reference
    private SecurityService security;

    private final PageActions actions = new PageActions()
            .on(REQUEST, r -> {
                AdvanceView v = service.request(Forms.bind(AdvanceData.class, Forms.inCurrency(r::param,
                        service.currency())));
                return new Action(LABEL + "?id=" + v.id(), r.msg("advance.requested", v.code()));
            })
            .on(PAY, r -> {
                AdvanceView v = service.pay(r.number("id"), (int) r.number("version"));
                return new Action(LABEL + "?id=" + v.id(), r.msg("advance.paid", v.code()));
            })
            .on(SETTLE, r -> {
                AdvanceView v = service.settle(r.number("id"), (int) r.number("version"));
                return new Action(LABEL + "?id=" + v.id(), r.msg("advance.settled", v.code()));
            });

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return NOT_IN_MENU; }

    @Override
    public String title() { return "Advance"; }

    @Override
    public String permission() { return ExpensesModule.READ; }

    @Override
    public Page render(PageRequest r) {
        if (r.param("id") == null) {
            return ExpenseLinks.newOne(r, security.isPermitted(r.actor(), ExpensesModule.CLAIM_OWN), "advance.new",
                    "advance.howTo", () -> {
                        List<Field> fields = new ArrayList<>();
                        fields.add(actions.field(REQUEST));
                        fields.addAll(Labels.inputs(r, AdvanceData.class, n -> null));
                        return Form.action(r.msg("advance.request"), fields);
                    });
        }
        AdvanceView v = service.get(r.number("id"));
        List<Block> blocks = new ArrayList<>();
        blocks.add(ExpenseLinks.of(r));
        blocks.add(new RecordHeader(v.code(), Labels.choice(r, v.state()), v.overdue() ? RecordHeader.Tone.WARN
                : v.state() == AdvanceState.SETTLED ? RecordHeader.Tone.GOOD : RecordHeader.Tone.INFO, List.of(
                new Properties.Property(Labels.field(r, "amount"), Cell.of(v.data().amount()).text()),
                new Properties.Property(r.msg("column.claimed"), Cell.of(v.claimed()).text()),
                new Properties.Property(r.msg("column.balance"), Cell.of(v.balance()).text()))));
        if (v.settlement() != null) {
            blocks.add(new Notice(v.overdue() ? Notice.Level.WARNING : Notice.Level.INFO, r.msg("advance.stands."
                    + v.settlement(), Cell.of(v.balance().amount().abs()).text(), v.dueOn())));
        }
        List<Properties.Property> p = new ArrayList<>();
        p.add(new Properties.Property(r.msg("column.borrower"), r.person(v.borrower())));
        p.add(new Properties.Property(Labels.field(r, "kind"), Labels.choice(r, v.data().kind())));
        p.add(new Properties.Property(Labels.field(r, "purpose"), v.data().purpose()));
        if (v.data().tripFrom() != null) {
            p.add(new Properties.Property(r.msg("column.trip"), v.data().tripFrom() + " – " + v.data().tripTo()));
        }
        if (v.paidOn() != null) {
            p.add(new Properties.Property(r.msg("column.paidOn"), String.valueOf(v.paidOn())));
            p.add(new Properties.Property(r.msg("column.dueOn"), String.valueOf(v.dueOn())));
        }
        if (v.settledOn() != null) {
            p.add(new Properties.Property(r.msg("column.settledOn"), String.valueOf(v.settledOn())));
            p.add(new Properties.Property(r.msg("column.returned"), Cell.of(v.returned()).text()));
            p.add(new Properties.Property(r.msg("column.paidOut"), Cell.of(v.paidOut()).text()));
        }
        blocks.add(new Properties(p));
        List<List<Cell>> rows = new ArrayList<>();
        for (AdvanceView.Claim c : v.claims()) {
            rows.add(List.of(Cell.link(c.code(), ClaimPage.LABEL + "?id=" + c.id()), Cell.of(r.msg("enum.ClaimState."
                    + c.state())), Cell.of(c.total())));
        }
        blocks.add(new Heading(r.msg("advance.claims")));
        blocks.add(new Table(List.of(r.msg("column.code"), Labels.field(r, "state"), r.msg("column.total")), rows, null,
                null));
        List<Field> idv = List.of(Field.hidden("id", String.valueOf(v.id())), Field.hidden("version",
                String.valueOf(v.version())));
        if (security.isPermitted(r.actor(), ExpensesModule.PAY)) {
            if (v.state() == AdvanceState.APPROVED) {
                List<Field> f = new ArrayList<>(idv);
                f.add(actions.field(PAY));
                blocks.add(Form.action(r.msg("advance.pay"), f));
            } else if (v.state() == AdvanceState.PAID) {
                List<Field> f = new ArrayList<>(idv);
                f.add(actions.field(SETTLE));
                blocks.add(Form.action(r.msg("advance.settle." + v.settlement(), Cell.of(v.balance().amount().abs())
                        .text()), f));
            }
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
