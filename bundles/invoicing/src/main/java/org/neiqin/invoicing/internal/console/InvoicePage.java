package org.neiqin.invoicing.internal.console;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import org.neiqin.api.console.Links;
import org.neiqin.api.console.Notice;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Paragraph;
import org.neiqin.api.console.Properties;
import org.neiqin.api.console.RecordHeader;
import org.neiqin.api.console.Table;
import org.neiqin.api.contracts.ContractDocument;
import org.neiqin.api.contracts.ContractLedger;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.security.SecurityService;
import org.neiqin.api.time.CompanyClock;
import org.neiqin.invoicing.internal.Billing;
import org.neiqin.invoicing.internal.InvoiceData;
import org.neiqin.invoicing.internal.InvoiceDrafts;
import org.neiqin.invoicing.internal.InvoiceIssue;
import org.neiqin.invoicing.internal.InvoiceLineData;
import org.neiqin.invoicing.internal.InvoiceReader;
import org.neiqin.invoicing.internal.InvoiceState;
import org.neiqin.invoicing.internal.InvoiceView;
import org.neiqin.invoicing.internal.InvoicingModule;
import org.neiqin.invoicing.internal.InvoicingSettings;
import org.neiqin.kit.console.PageActions;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Labels;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * One invoice: what it bills, its lines with their VAT and the totals in figures and capital numerals, the buyer as
 * billed, the steps its state allows (submit, withdraw; finance: issue, record the official number) and its history.
 * With {@code ?document=}: a new request for that order, its lines as a grid with what is left to bill of each.
 */
@Component
public class InvoicePage implements ConsolePage {
    static final String LABEL = "neiqin-invoice";
    static final String CREATE = "create";
    static final String SUBMIT = "submit";
    static final String CANCEL = "cancel";
    static final String ISSUE = "issue";
    static final String OFFICIAL = "official";
    static final String CREDIT = "credit";

    @Reference
    private InvoiceReader reader;
    @Reference
    private InvoiceDrafts drafts;
    @Reference
    private InvoiceIssue issue;
    @Reference
    private Billing billing;
    @Reference
    private org.neiqin.invoicing.internal.CreditNotes credits;
    @Reference
    private InvoicingSettings settings;
    @Reference
    private ContractLedger ledger;
    @Reference
    private SecurityService security;
    @Reference
    private CompanyClock clock;

    private final PageActions actions = new PageActions()
            .on(CREATE, r -> {
                InvoiceView v = drafts.create(Forms.bind(InvoiceData.class, r::param), gridLines(r));
                return new Action(LABEL + "?id=" + v.id(), r.msg("invoice.created", v.id()));
            })
            .on(SUBMIT, r -> {
                drafts.submit(r.number("id"), (int) r.number("version"));
                return new Action(back(r), r.msg("invoice.submitted"));
            })
            .on(CANCEL, r -> {
                drafts.cancel(r.number("id"), (int) r.number("version"), r.param("reason"));
                return new Action(back(r), r.msg("invoice.cancelled"));
            })
            .on(ISSUE, r -> {
                InvoiceView v = issue.issue(r.number("id"), (int) r.number("version"));
                return new Action(back(r), r.msg("invoice.issued", v.number()));
            })
            .on(CREDIT, r -> {
                List<org.neiqin.invoicing.internal.CreditLineData> lines = new ArrayList<>();
                List<FieldError> errors = new ArrayList<>();
                for (int i = 0; r.param("credit[" + i + "].lineNo") != null; i++) {
                    String q = r.param("credit[" + i + "].quantity");
                    if (q == null || q.isBlank()) {
                        continue;
                    }
                    int row = i;
                    List<FieldError> bad = new ArrayList<>();
                    lines.add(Forms.bind(org.neiqin.invoicing.internal.CreditLineData.class,
                            n -> r.param("credit[" + row + "]." + n), bad));
                    bad.forEach(e -> errors.add(new FieldError("credit[" + row + "]." + e.field(), e.rule(), e.text())));
                }
                Forms.require(errors);
                InvoiceView note = credits.create(r.number("id"), r.param("reason"), lines);
                return new Action(LABEL + "?id=" + note.id(), r.msg("invoice.credited", note.id()));
            })
            .on(OFFICIAL, r -> {
                issue.official(r.number("id"), (int) r.number("version"), Forms.bind(InvoiceIssue.Official.class,
                        r::param));
                return new Action(back(r), r.msg("invoice.officialSaved"));
            });

    private static String back(PageRequest r) {
        return LABEL + "?id=" + r.number("id");
    }

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return NOT_IN_MENU; }

    @Override
    public String title() { return "Invoice"; }

    @Override
    public String permission() { return InvoicingModule.READ; }

    @Override
    public Page render(PageRequest r) {
        if (r.param("document") != null) {
            return request(r, r.number("document"));
        }
        InvoiceView v = reader.get(r.number("id"));
        String title = v.number() == null ? r.msg("invoice.request", v.id()) : v.number();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Links(List.of(new Link(r.msg("invoice.back"), InvoiceListPage.LABEL),
                new Link(r.msg("invoice.order", v.documentNumber()), "neiqin-contract?id=" + v.documentId()))));
        blocks.add(new RecordHeader(title, Labels.choice(r, v.state()), tone(v.state()), List.of(
                new Properties.Property(r.msg("column.total"), Cell.of(v.total()).text()),
                new Properties.Property(r.msg("column.customerName"), v.customerName()))));
        List<Properties.Property> p = new ArrayList<>();
        p.add(new Properties.Property(r.msg("column.invoiceType"), Labels.choice(r, v.invoiceType()) + " / "
                + Labels.choice(r, v.medium())));
        p.add(new Properties.Property(r.msg("invoice.prices"), r.msg(v.taxIncluded() ? "invoice.taxIncluded"
                : "invoice.taxExcluded")));
        add(p, r.msg("field.note"), v.note());
        if (v.creditOf() != null) {
            add(p, r.msg("invoice.creditOf"), r.msg("invoice.creditOfValue", v.creditOf(), v.creditReason()));
        }
        add(p, r.msg("invoice.preparedBy"), r.person(v.createdBy()) + " " + r.time(v.createdAt()));
        if (v.issuedOn() != null) {
            add(p, r.msg("invoice.paid"), Cell.of(v.paid()).text());
            add(p, r.msg("invoice.outstanding"), Cell.of(v.outstanding()).text());
            add(p, r.msg("column.issuedOn"), String.valueOf(v.issuedOn()));
            add(p, r.msg("invoice.dueDate"), String.valueOf(v.dueDate()));
            add(p, r.msg("invoice.buyer"), v.buyerName());
            add(p, r.msg("invoice.buyerTaxNumber"), v.buyerTaxNumber());
            add(p, r.msg("invoice.buyerAddress"), join(v.buyerAddress(), v.buyerPhone()));
            add(p, r.msg("invoice.buyerBank"), join(v.buyerBank(), v.buyerAccount()));
            add(p, r.msg("invoice.official"), v.officialNumber() == null ? r.msg("invoice.officialNone")
                    : v.officialNumber() + " " + v.officialDate());
        }
        blocks.add(new Properties(p));
        blocks.add(new Heading(r.msg("invoice.lines")));
        blocks.add(lines(r, v));
        blocks.add(new Paragraph(r.msg("invoice.totals", Cell.of(v.amount()).text(), Cell.of(v.tax()).text(),
                Cell.of(v.total()).text(), v.totalInWords())));
        actions(r, v, blocks);
        List<AuditEntry> history = new ArrayList<>(reader.history(v.id()));
        Collections.reverse(history);
        blocks.add(new Heading(r.msg("invoice.history")));
        blocks.add(new AuditTrail(history));
        return new Page(r.msg("invoice.title", title, v.customerName()), blocks);
    }

    private static Table lines(PageRequest r, InvoiceView v) {
        List<List<Cell>> rows = new ArrayList<>();
        for (InvoiceView.Line l : v.lines()) {
            rows.add(List.of(Cell.of(l.lineNo()), Cell.of(l.productCode()), Cell.of(l.product()), Cell.of(l.spec()),
                    Cell.of(l.unit()), Cell.quantity(l.quantity()), Cell.of(l.unitPrice()), Cell.of(l.taxCode()),
                    Cell.of(plain(l.taxRate()) + " %"), Cell.of(l.amount()), Cell.of(l.tax()), Cell.of(l.total())));
        }
        return new Table(List.of("#", r.msg("line.productCode"), r.msg("line.product"), r.msg("line.spec"),
                r.msg("line.unit"), r.msg("line.quantity"), r.msg("line.unitPrice"), r.msg("line.taxCode"),
                r.msg("line.taxRate"), r.msg("line.amount"), r.msg("line.tax"), r.msg("line.total")), rows, null, null);
    }

    private void actions(PageRequest r, InvoiceView v, List<Block> blocks) {
        String id = String.valueOf(v.id());
        String version = String.valueOf(v.version());
        boolean write = security.isPermitted(r.actor(), InvoicingModule.WRITE);
        boolean finance = security.isPermitted(r.actor(), InvoicingModule.ISSUE);
        if (write && v.state() == InvoiceState.DRAFT) {
            blocks.add(Form.action(r.msg("invoice.submit"), List.of(actions.field(SUBMIT), Field.hidden("id", id),
                    Field.hidden("version", version))));
        }
        if (finance && v.state() == InvoiceState.APPROVED) {
            blocks.add(new Notice(Notice.Level.INFO, r.msg("invoice.toIssue")));
            blocks.add(Form.action(r.msg("invoice.issue"), List.of(actions.field(ISSUE), Field.hidden("id", id),
                    Field.hidden("version", version))));
        }
        if (finance && v.state() == InvoiceState.ISSUED) {
            List<Field> fields = new ArrayList<>(List.of(actions.field(OFFICIAL), Field.hidden("id", id),
                    Field.hidden("version", version)));
            fields.addAll(Labels.inputs(r, InvoiceIssue.Official.class, n -> n.equals("officialNumber")
                    ? (v.officialNumber() == null ? "" : v.officialNumber())
                    : v.officialDate() == null ? clock.today().toString() : v.officialDate().toString()));
            blocks.add(new Heading(r.msg("invoice.official")));
            blocks.add(Form.action(r.msg("invoice.officialSave"), fields));
        }
        if (write && v.state() == InvoiceState.ISSUED && v.creditOf() == null) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (InvoiceView.Line l : v.lines()) {
                Map<String, String> row = new HashMap<>();
                row.put("lineNo", String.valueOf(l.lineNo()));
                row.put("what", l.lineNo() + ". " + l.product() + (l.spec() == null ? "" : " " + l.spec()) + " — "
                        + plain(l.quantity()) + " " + l.unit());
                rows.add(row);
            }
            blocks.add(new Heading(r.msg("invoice.credit")));
            blocks.add(new Paragraph(r.msg("invoice.creditHelp")));
            blocks.add(Form.action(r.msg("invoice.creditCreate"), List.of(actions.field(CREDIT), Field.hidden("id", id),
                    new Field("reason", r.msg("field.reason"), Field.Type.TEXT, null, List.of(), true),
                    Field.fixedGrid("credit", r.msg("invoice.lines"), List.of(Field.hidden("lineNo", ""),
                            Field.shown("what", r.msg("line.product")),
                            new Field("quantity", r.msg("invoice.creditQuantity"), Field.Type.NUMBER, null, List.of(),
                                    false)), rows))));
        }
        if (write && (v.state() == InvoiceState.DRAFT || v.state() == InvoiceState.APPROVED)) {
            blocks.add(new Heading(r.msg("invoice.cancel")));
            blocks.add(Form.action(r.msg("invoice.cancel"), List.of(actions.field(CANCEL), Field.hidden("id", id),
                    Field.hidden("version", version), new Field("reason", r.msg("field.reason"), Field.Type.TEXT, null,
                            List.of(), true))));
        }
    }

    /** A new request for an order: the header, and a row per line with what is left to bill of it. */
    private Page request(PageRequest r, long documentId) {
        ContractDocument doc = drafts.billedDocument(documentId);
        List<Map<String, String>> rows = new ArrayList<>();
        for (Billing.Billable b : billing.billable(doc)) {
            Map<String, String> row = new HashMap<>();
            row.put("lineKey", String.valueOf(b.line().id()));
            row.put("what", b.line().lineNo() + ". " + b.line().product() + (b.line().spec() == null ? ""
                    : " " + b.line().spec()) + " — " + Cell.of(b.line().unitPrice()).text() + " / " + b.line().unit());
            row.put("left", r.msg(b.delivered() ? "invoice.leftDelivered" : "invoice.leftOrdered", plain(b.left()),
                    b.line().unit(), plain(b.base()), plain(b.invoiced())));
            row.put("quantity", b.left().signum() > 0 ? plain(b.left()) : "");
            rows.add(row);
        }
        List<Field.Option> rates = new ArrayList<>(List.of(new Field.Option("", r.msg("invoice.rateOfProduct"))));
        settings.rates().on(clock.today()).forEach(p -> rates.add(new Field.Option(plain(p), plain(p) + " %")));
        List<Field> fields = new ArrayList<>();
        fields.add(actions.field(CREATE));
        fields.add(Field.hidden("documentId", String.valueOf(documentId)));
        for (Field f : Labels.inputs(r, InvoiceData.class, n -> n.equals("invoiceType") ? "SPECIAL"
                : n.equals("medium") ? "DIGITAL" : "")) {
            if (!f.name().equals("documentId")) {
                fields.add(f);
            }
        }
        fields.add(Field.fixedGrid("lines", r.msg("invoice.lines"), List.of(Field.hidden("lineKey", ""),
                Field.shown("what", r.msg("line.product")), Field.shown("left", r.msg("invoice.left")),
                new Field("quantity", r.msg("line.quantity"), Field.Type.NUMBER, null, List.of(), false),
                new Field("taxRate", r.msg("line.taxRate"), Field.Type.SELECT, null, rates, false)), rows));
        return new Page(r.msg("invoice.new", doc.number(), doc.customerName()), List.of(
                new Links(List.of(new Link(r.msg("invoice.order", doc.number()), "neiqin-contract?id=" + documentId))),
                new Paragraph(r.msg("invoice.newHelp")), Form.action(r.msg("invoice.create"), fields)));
    }

    /**
     * @return the grid's rows that bill something (a quantity given), each read as a request line; an error names the
     *         row as the grid shows it
     */
    private static List<InvoiceLineData> gridLines(PageRequest r) {
        List<InvoiceLineData> out = new ArrayList<>();
        List<Integer> rowOf = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; r.param("lines[" + i + "].lineKey") != null; i++) {
            String q = r.param("lines[" + i + "].quantity");
            if (q == null || q.isBlank()) {
                continue;
            }
            int row = i;
            List<FieldError> bad = new ArrayList<>();
            out.add(Forms.bind(InvoiceLineData.class, n -> r.param("lines[" + row + "]." + n), bad));
            rowOf.add(i);
            bad.forEach(e -> errors.add(new FieldError("lines[" + row + "]." + e.field(), e.rule(), e.text())));
        }
        Forms.require(errors);
        ROWS.set(rowOf);
        return out;
    }

    /** The grid row of each line sent, so that the service's {@code lines[i]} is told on the row the user sees. */
    private static final ThreadLocal<List<Integer>> ROWS = new ThreadLocal<>();

    @Override
    public Action submit(PageRequest r) {
        try {
            return actions.submit(r);
        } catch (ValidationException e) {
            List<Integer> rows = ROWS.get();
            if (rows == null || e.errors().stream().noneMatch(f -> f.field().startsWith("lines["))) {
                throw e;
            }
            List<FieldError> moved = new ArrayList<>();
            for (FieldError f : e.errors()) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("^lines\\[(\\d+)\\](.*)").matcher(f.field());
                int i = m.matches() ? Integer.parseInt(m.group(1)) : -1;
                moved.add(i < 0 || i >= rows.size() ? f : new FieldError("lines[" + rows.get(i) + "]" + m.group(2),
                        f.rule(), f.text()));
            }
            throw e instanceof org.neiqin.api.error.FieldConflictException ? new org.neiqin.api.error.FieldConflictException(
                    "remaining", moved) : new ValidationException(moved);
        } finally {
            ROWS.remove();
        }
    }

    static RecordHeader.Tone tone(InvoiceState s) {
        switch (s) {
            case ISSUED:
                return RecordHeader.Tone.GOOD;
            case IN_REVIEW:
            case APPROVED:
                return RecordHeader.Tone.WARN;
            case CANCELLED:
                return RecordHeader.Tone.NEUTRAL;
            default:
                return RecordHeader.Tone.INFO;
        }
    }

    private static void add(List<Properties.Property> p, String name, String value) {
        if (value != null && !value.isBlank()) {
            p.add(new Properties.Property(name, value));
        }
    }

    private static String join(String a, String b) {
        return (a == null ? "" : a) + (b == null || b.isBlank() ? "" : " " + b);
    }

    static String plain(BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }
}
