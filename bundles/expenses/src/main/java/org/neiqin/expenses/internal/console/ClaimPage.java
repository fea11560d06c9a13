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
import org.neiqin.api.console.Link;
import org.neiqin.api.console.Notice;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Properties;
import org.neiqin.api.console.RecordHeader;
import org.neiqin.api.console.Table;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.security.SecurityService;
import org.neiqin.expenses.internal.ExpensesModule;
import org.neiqin.expenses.internal.advances.AdvanceService;
import org.neiqin.expenses.internal.advances.AdvanceState;
import org.neiqin.expenses.internal.claims.ClaimData;
import org.neiqin.expenses.internal.claims.ClaimFlow;
import org.neiqin.expenses.internal.claims.ClaimLineData;
import org.neiqin.expenses.internal.claims.ClaimReader;
import org.neiqin.expenses.internal.claims.ClaimService;
import org.neiqin.expenses.internal.claims.ClaimState;
import org.neiqin.expenses.internal.claims.ClaimView;
import org.neiqin.kit.console.PageActions;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Labels;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * One claim: the form of a new one (its lines in a grid), or the claim with each line's standard and what it goes
 * over, the step its reader may take (the office's check or return, finance's payment, the claimant's correction or
 * withdrawal) and its history.
 */
@Component
public class ClaimPage implements ConsolePage {
    static final String LABEL = "neiqin-expenses-claim";
    private static final String SUBMIT = "submit";
    private static final String RESUBMIT = "resubmit";
    private static final String WITHDRAW = "withdraw";
    private static final String CHECK = "check";
    private static final String GIVE_BACK = "giveBack";
    private static final String PAY = "pay";
    private static final String RECEIPT = "receipt";

    @Reference
    private ClaimService service;
    @Reference
    private ClaimReader reader;
    @Reference
    private ClaimFlow flow;
    @Reference
    private org.neiqin.expenses.internal.claims.ClaimReceipts receipts;
    @Reference
    private AdvanceService advances;
    @Reference
    private SecurityService security;
    @Reference
    private org.neiqin.expenses.internal.CustomerNames customers;

    private final PageActions actions = new PageActions()
            .on(SUBMIT, r -> {
                ClaimView v = service.submit(head(r), lines(r));
                return new Action(LABEL + "?id=" + v.id(), r.msg("claim.submitted", v.code()));
            })
            .on(RESUBMIT, r -> {
                ClaimView v = service.resubmit(r.number("id"), (int) r.number("version"), head(r), lines(r));
                return new Action(LABEL + "?id=" + v.id(), r.msg("claim.submitted", v.code()));
            })
            .on(WITHDRAW, r -> {
                ClaimView v = service.withdraw(r.number("id"), (int) r.number("version"));
                return new Action(LABEL + "?id=" + v.id(), r.msg("claim.withdrawn", v.code()));
            })
            .on(CHECK, r -> {
                ClaimView v = flow.check(r.number("id"), (int) r.number("version"));
                return new Action(LABEL + "?id=" + v.id(), r.msg("claim.checked", v.code()));
            })
            .on(GIVE_BACK, r -> {
                ClaimView v = flow.giveBack(r.number("id"), (int) r.number("version"), r.param("reason"));
                return new Action(LABEL + "?id=" + v.id(), r.msg("claim.returned", v.code()));
            })
            .on(RECEIPT, r -> {
                ClaimView v = receipts.attach(r.number("id"), (int) r.number("version"), (int) r.number("line"),
                        r.param("receipt.filename"), r.file("receipt"));
                return new Action(LABEL + "?id=" + v.id(), r.msg("claim.receiptAttached", v.code()));
            })
            .on(PAY, r -> {
                ClaimView v = flow.pay(r.number("id"), (int) r.number("version"));
                return new Action(LABEL + "?id=" + v.id(), r.msg("claim.paid", v.code()));
            });

    private static ClaimData head(PageRequest r) {
        List<FieldError> errors = new ArrayList<>();
        ClaimData head = Forms.bind(ClaimData.class, r::param, errors);
        Forms.require(errors);
        return head;
    }

    private List<ClaimLineData> lines(PageRequest r) {
        List<FieldError> errors = new ArrayList<>();
        List<ClaimLineData> lines = Forms.bindRows(ClaimLineData.class, "lines", Forms.inCurrency(r::param,
                service.currency()), r.paramNames(), errors);
        Forms.require(errors);
        return lines;
    }

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return NOT_IN_MENU; }

    @Override
    public String title() { return ExpensesModule.TITLE; }

    @Override
    public String permission() { return ExpensesModule.READ; }

    @Override
    public Page render(PageRequest r) {
        if (r.param("id") == null) {
            return ExpenseLinks.newOne(r, security.isPermitted(r.actor(), ExpensesModule.CLAIM_OWN), "claim.new",
                    "claim.howTo", () -> form(r, null));
        }
        ClaimView v = reader.get(r.number("id"));
        List<Block> blocks = new ArrayList<>();
        blocks.add(ExpenseLinks.of(r));
        List<Properties.Property> figures = new ArrayList<>(List.of(
                new Properties.Property(r.msg("column.total"), Cell.of(v.total()).text()),
                new Properties.Property(r.msg("column.claimant"), r.person(v.claimant()))));
        if (v.stage() != null) {
            figures.add(new Properties.Property(r.msg("column.stage"), r.msg("stage." + v.stage())));
        }
        blocks.add(new RecordHeader(v.code(), Labels.choice(r, v.state()), tone(v.state()), figures));
        if (!v.higher().isEmpty() && (v.state() == ClaimState.SUBMITTED || v.state() == ClaimState.CHECKED)) {
            blocks.add(new Notice(Notice.Level.WARNING, r.msg("claim.higherNeeded", reasons(r, String.join(",",
                    v.higher())))));
        }
        List<Properties.Property> p = new ArrayList<>();
        p.add(new Properties.Property(Labels.field(r, "purpose"), v.data().purpose()));
        p.add(new Properties.Property(r.msg("column.grade"), v.grade() == null ? "–" : v.grade()));
        p.add(new Properties.Property(r.msg("column.region"), v.region() == null ? "–" : r.region(v.region())));
        if (v.advanceCode() != null) {
            p.add(new Properties.Property(Labels.field(r, "advanceId"), v.advanceCode()));
        }
        if (v.checkedBy() != null) {
            p.add(new Properties.Property(r.msg("column.checkedBy"), r.person(v.checkedBy())));
        }
        if (v.paidOn() != null) {
            p.add(new Properties.Property(r.msg("column.paidOn"), String.valueOf(v.paidOn())));
        }
        if (v.data().note() != null) {
            p.add(new Properties.Property(Labels.field(r, "note"), v.data().note()));
        }
        blocks.add(new Properties(p));
        blocks.add(lineTable(r, v));
        blocks.addAll(steps(r, v));
        List<AuditEntry> history = new ArrayList<>(reader.history(v.id()));
        Collections.reverse(history);
        blocks.add(new Heading(r.msg("claim.history")));
        blocks.add(new AuditTrail(history));
        return new Page(v.code() + " " + v.data().purpose(), blocks);
    }

    static Table lineTable(PageRequest r, ClaimView v) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ClaimView.Line l : v.lines()) {
            List<String> flags = new ArrayList<>();
            for (String f : l.flags()) {
                flags.add(f.equals("standard") ? r.msg("flag.standard") : r.msg("flag.cap", (Object[]) capParts(r, f)));
            }
            rows.add(List.of(Cell.of(l.lineNo()), Cell.of(l.day()), Cell.of(Labels.choice(r, l.category())),
                    Cell.of(l.amount()), Cell.of(l.fapiaoNo()), Cell.of(l.fapiaoAmount()),
                    Cell.of(l.city() == null ? "" : l.city()), l.days() == null ? Cell.of("") : Cell.quantity(l.days()),
                    Cell.of(l.standard() == null ? "" : Cell.of(l.standard()).text()), Cell.of(String.join("; ", flags)),
                    Cell.of(l.customerName() != null ? l.customerName() : l.activity() != null ? l.activity() : ""),
                    l.receipt() == null ? Cell.of(r.msg("claim.noReceipt")) : Cell.link(l.receipt(),
                            "/neiqin/api/expenses/claims/" + v.id() + "/lines/" + l.lineNo() + "/receipt")));
        }
        return new Table(List.of("#", Labels.field(r, "day"), Labels.field(r, "category"), Labels.field(r, "amount"),
                Labels.field(r, "fapiaoNo"), Labels.field(r, "fapiaoAmount"), Labels.field(r, "city"),
                Labels.field(r, "days"), r.msg("column.standard"), r.msg("column.flags"), r.msg("column.for"),
                r.msg("column.receipt")), rows,
                null, "claim-" + v.code());
    }

    private static String[] capParts(PageRequest r, String flag) {
        String[] p = flag.split(":");
        return new String[] {r.msg("per." + p[1]), p[2], r.msg("capAction." + p[3])};
    }

    /** @return the reasons for the higher approval in the reader's words */
    static String reasons(PageRequest r, String keys) {
        List<String> out = new ArrayList<>();
        for (String k : keys.split(",")) {
            if (!k.isBlank()) {
                out.add(r.msg("higher." + k));
            }
        }
        return String.join(", ", out);
    }

    private List<Block> steps(PageRequest r, ClaimView v) {
        List<Block> out = new ArrayList<>();
        boolean own = v.claimant().equals(r.actor().name());
        List<Field> idv = List.of(Field.hidden("id", String.valueOf(v.id())), Field.hidden("version",
                String.valueOf(v.version())));
        if (!own && v.state() == ClaimState.SUBMITTED && security.isPermitted(r.actor(), ExpensesModule.CHECK)) {
            out.add(new Heading(r.msg("claim.firstCheck")));
            out.add(new Notice(Notice.Level.INFO, r.msg("claim.checkHow")));
            out.add(Form.action(r.msg("claim.check"), with(idv, actions.field(CHECK))));
            out.add(Form.action(r.msg("claim.giveBack"), with(idv, actions.field(GIVE_BACK),
                    Field.text("reason", r.msg("field.reason"), null))));
        }
        if (v.state() == ClaimState.CHECKED) {
            out.add(new Notice(Notice.Level.INFO, r.msg("claim.waitsFor." + v.stage())));
        }
        if (v.state() == ClaimState.APPROVED && security.isPermitted(r.actor(), ExpensesModule.PAY)) {
            out.add(v.advanceCode() != null ? new Notice(Notice.Level.INFO, r.msg("claim.byAdvance", v.advanceCode()))
                    : Form.action(r.msg("claim.pay"), with(idv, actions.field(PAY))));
        }
        if (own && (v.state() == ClaimState.SUBMITTED || v.state() == ClaimState.RETURNED)) {
            List<Field.Option> lines = new ArrayList<>();
            for (ClaimView.Line l : v.lines()) {
                lines.add(new Field.Option(String.valueOf(l.lineNo()), l.lineNo() + " · " + l.fapiaoNo() + " · "
                        + Cell.of(l.amount()).text() + (l.receipt() == null ? " · " + r.msg("claim.noReceipt") : ""),
                        java.util.Map.of()));
            }
            String first = v.lines().stream().filter(l -> l.receipt() == null).map(l -> String.valueOf(l.lineNo()))
                    .findFirst().orElse("1");
            out.add(new Heading(r.msg("claim.receipts")));
            out.add(Form.action(r.msg("claim.attach"), with(idv, actions.field(RECEIPT),
                    Field.select("line", r.msg("claim.receiptLine"), first, lines),
                    Field.file("receipt", r.msg("claim.receiptFile"), true))));
        }
        if (own && v.state() == ClaimState.RETURNED) {
            out.add(new Heading(r.msg("claim.correct")));
            out.add(form(r, v));
        }
        if (own && (v.state() == ClaimState.SUBMITTED || v.state() == ClaimState.RETURNED)) {
            out.add(Form.action(r.msg("claim.withdraw"), with(idv, actions.field(WITHDRAW))));
        }
        return out;
    }

    private static List<Field> with(List<Field> base, Field... more) {
        List<Field> out = new ArrayList<>(base);
        out.addAll(List.of(more));
        return out;
    }

    private Form form(PageRequest r, ClaimView v) {
        List<Field> fields = new ArrayList<>();
        fields.add(actions.field(v == null ? SUBMIT : RESUBMIT));
        if (v != null) {
            fields.add(Field.hidden("id", String.valueOf(v.id())));
            fields.add(Field.hidden("version", String.valueOf(v.version())));
        }
        fields.add(Field.text("purpose", Labels.field(r, "purpose"), v == null ? null : v.data().purpose()));
        List<Field.Option> open = new ArrayList<>();
        open.add(new Field.Option("", r.msg("claim.noAdvance"), java.util.Map.of()));
        advances.list(true).stream().filter(a -> a.state() == AdvanceState.PAID && a.borrower().equals(r.actor().name()))
                .forEach(a -> open.add(new Field.Option(String.valueOf(a.id()), a.code() + " " + a.data().purpose() + " "
                        + Cell.of(a.data().amount()).text(), java.util.Map.of())));
        fields.add(Field.select("advanceId", Labels.field(r, "advanceId"), v == null || v.data().advanceId() == null ? ""
                : String.valueOf(v.data().advanceId()), open));
        fields.add(Field.text("note", Labels.field(r, "note"), v == null ? null : v.data().note()));
        Field grid = Labels.grid(r, "lines", ClaimLineData.class, v == null ? List.of()
                : v.lines().stream().map(ClaimView.Line::data).toList(), true, service.currency());
        fields.add(customers.installed() ? grid : Labels.hiddenColumns(grid, "customerId"));
        return Form.action(r.msg(v == null ? "claim.submit" : "claim.resubmit"), fields);
    }

    private static RecordHeader.Tone tone(ClaimState s) {
        return switch (s) {
            case PAID -> RecordHeader.Tone.GOOD;
            case APPROVED -> RecordHeader.Tone.INFO;
            case RETURNED -> RecordHeader.Tone.WARN;
            case WITHDRAWN -> RecordHeader.Tone.NEUTRAL;
            default -> RecordHeader.Tone.INFO;
        };
    }

    @Override
    public Action submit(PageRequest r) {
        return actions.submit(r);
    }
}
