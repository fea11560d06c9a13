package org.neiqin.invoicing.internal.console;

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
import org.neiqin.api.console.Links;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Paragraph;
import org.neiqin.api.console.Properties;
import org.neiqin.api.console.RecordHeader;
import org.neiqin.api.console.Table;
import org.neiqin.api.contracts.ContractDocument;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.security.SecurityService;
import org.neiqin.api.time.CompanyClock;
import org.neiqin.invoicing.internal.Billing;
import org.neiqin.invoicing.internal.CreditLineData;
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
    static final String SENT = "sent";
    static final String CORRECTION = "correction";
    static final String ARRIVED = "arrived";
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
    private SecurityService security;
    @Reference
    private CompanyClock clock;
    @Reference
    private org.neiqin.invoicing.internal.CollectionService collection;
    @Reference
    private CollectionTable stepTable;
    @Reference
    private org.neiqin.invoicing.internal.InvoiceSending sending;
    @Reference
    private org.neiqin.invoicing.internal.PriceCorrections corrections;
    @Reference
    private org.neiqin.api.money.CompanyCurrency currency;

    private final PageActions actions = new PageActions()
            .on(CREATE, r -> {
                // the rows given a quantity; a refusal is told on the row the user filled
                FilledRows<InvoiceLineData> lines = new FilledRows<>(r, "lines", "lineKey", "quantity",
                        InvoiceLineData.class, v -> v);
                try {
                    InvoiceView v = drafts.create(Forms.bind(InvoiceData.class, r::param), lines.rows());
                    return new Action(LABEL + "?id=" + v.id(), r.msg("invoice.created", v.id()));
                } catch (ValidationException e) {
                    throw lines.moved(e, "lines");
                }
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
                FilledRows<CreditLineData> lines = new FilledRows<>(r, "credit", "lineNo", "quantity",
                        CreditLineData.class, v -> v);
                try {
                    InvoiceView note = credits.create(r.number("id"), r.param("reason"), lines.rows());
                    return new Action(LABEL + "?id=" + note.id(), r.msg("invoice.credited", note.id()));
                } catch (ValidationException e) {
                    throw lines.moved(e, "lines");
                }
            })
            .on(CORRECTION, r -> {
                corrections.request(Forms.bind(org.neiqin.invoicing.internal.PriceCorrectionData.class,
                        Forms.inCurrency(r::param, currency.code())));
                return new Action(LABEL + "?document=" + r.number("documentId"), r.msg("correction.requested"));
            })
            .on(SENT, r -> {
                sending.sent(r.number("id"), (int) r.number("version"), Forms.bind(
                        org.neiqin.invoicing.internal.InvoiceSending.Sent.class, r::param));
                return new Action(back(r), r.msg("invoice.sentSaved"));
            })
            .on(ARRIVED, r -> {
                sending.received(r.number("id"), (int) r.number("version"), Forms.bind(
                        org.neiqin.invoicing.internal.InvoiceSending.Received.class, r::param));
                return new Action(back(r), r.msg("invoice.arrivedSaved"));
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
            ContractDocument doc = drafts.billedDocument(r.number("document"));
            Page form = InvoiceRequestForm.page(r, doc, billing.billable(doc), settings.rates().on(clock.today()), actions);
            List<Block> more = new ArrayList<>(form.blocks());
            more.addAll(corrections(r, doc));
            return new Page(form.title(), more);
        }
        InvoiceView v = reader.get(r.number("id"));
        if (InvoicePrint.REQUEST.equals(r.param("print"))) {
            return InvoicePrint.request(r, v, lines(r, v), reader.history(v.id()));
        }
        String title = v.number() == null ? r.msg("invoice.request", v.id()) : v.number();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Links(List.of(new Link(r.msg("invoice.back"), InvoiceListPage.LABEL),
                new Link(r.msg("invoice.order", v.documentNumber()), "neiqin-contract?id=" + v.documentId()),
                new Link(r.msg("invoice.print"), LABEL + "?id=" + v.id() + "&print=" + InvoicePrint.REQUEST))));
        blocks.add(new RecordHeader(title, Labels.choice(r, v.state()), tone(v.state()), List.of(
                new Properties.Property(r.msg("column.total"), Cell.of(v.total()).text()),
                new Properties.Property(r.msg("column.customerName"), v.customerName()))));
        List<Properties.Property> p = new ArrayList<>();
        p.add(new Properties.Property(r.msg("column.invoiceType"), Labels.choice(r, v.invoiceType()) + " / "
                + Labels.choice(r, v.medium())));
        p.add(new Properties.Property(r.msg("invoice.prices"), r.msg(v.taxIncluded() ? "invoice.taxIncluded"
                : "invoice.taxExcluded")));
        add(p, r.msg("field.note"), v.note());
        if (v.split() != null) {
            add(p, r.msg("invoice.split"), r.msg("invoice.splitValue", v.split().part(), v.split().parts()));
        }
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
            if (v.sending() != null) {
                add(p, r.msg("invoice.sentTo"), r.msg("invoice.sentFacts", v.sending().sentOn(), v.sending().courier(),
                        v.sending().waybill() == null ? "" : v.sending().waybill(), v.sending().receivedOn() == null
                                ? r.msg("invoice.notYetReceived") : r.msg("invoice.receivedOn", v.sending().receivedOn())));
            }
            add(p, r.msg("invoice.official"), v.officialNumber() == null ? r.msg("invoice.officialNone")
                    : v.officialNumber() + " " + v.officialDate());
        }
        blocks.add(new Properties(p));
        blocks.add(new Heading(r.msg("invoice.lines")));
        blocks.add(lines(r, v));
        blocks.add(new Paragraph(r.msg("invoice.totals", Cell.of(v.amount()).text(), Cell.of(v.tax()).text(),
                Cell.of(v.total()).text(), v.totalInWords())));
        InvoiceSteps.forms(r, v, security, clock, actions, blocks);
        if (security.isPermitted(r.actor(), InvoicingModule.COLLECT)) {
            List<org.neiqin.invoicing.internal.CollectionStepView> steps = collection.ofInvoice(v.id());
            if (!steps.isEmpty()) {
                blocks.add(new Heading(r.msg("collection.title")));
                blocks.add(stepTable.table(r, steps));
            }
        }
        List<AuditEntry> history = new ArrayList<>(reader.history(v.id()));
        Collections.reverse(history);
        blocks.add(new Heading(r.msg("invoice.history")));
        blocks.add(new AuditTrail(history));
        return new Page(r.msg("invoice.title", title, v.customerName()), blocks);
    }

    /** The document's price corrections and the form asking for one (a line billed at another unit price). */
    private List<Block> corrections(PageRequest r, ContractDocument doc) {
        List<Block> out = new ArrayList<>();
        out.add(new Heading(r.msg("correction.title")));
        out.add(new Paragraph(r.msg("correction.help")));
        List<List<Cell>> rows = new ArrayList<>();
        for (org.neiqin.invoicing.internal.PriceCorrectionView c : corrections.of(doc.id())) {
            rows.add(List.of(Cell.of(c.lineNo() + ". " + c.product()), Cell.of(c.orderPrice()), Cell.of(c.unitPrice()),
                    Cell.of(c.reason()), Cell.of(Labels.choice(r, c.state())), Cell.of(r.person(c.createdBy()))));
        }
        if (!rows.isEmpty()) {
            out.add(new Table(List.of(r.msg("line.product"), r.msg("correction.orderPrice"), r.msg("line.unitPrice"),
                    r.msg("field.reason"), r.msg("column.state"), r.msg("invoice.preparedBy")), rows, null, null));
        }
        if (security.isPermitted(r.actor(), InvoicingModule.WRITE)) {
            List<Field.Option> lines = new ArrayList<>();
            for (org.neiqin.api.contracts.ContractLine l : doc.lines()) {
                lines.add(new Field.Option(String.valueOf(l.id()), l.lineNo() + ". " + l.product() + " — "
                        + Cell.of(l.unitPrice()).text()));
            }
            out.add(Form.action(r.msg("correction.request"), List.of(actions.field(CORRECTION),
                    Field.hidden("documentId", String.valueOf(doc.id())),
                    Field.select("lineKey", r.msg("correction.line"), null, lines),
                    new Field("unitPrice", r.msg("line.unitPrice") + " (" + currency.code() + ")", Field.Type.NUMBER, null,
                            List.of(), true),
                    new Field("reason", r.msg("field.reason"), Field.Type.TEXT, null, List.of(), true))));
        }
        return out;
    }

    private static Table lines(PageRequest r, InvoiceView v) {
        List<List<Cell>> rows = new ArrayList<>();
        for (InvoiceView.Line l : v.lines()) {
            rows.add(List.of(Cell.of(l.lineNo()), Cell.of(l.productCode()), Cell.of(l.product()), Cell.of(l.spec()),
                    Cell.of(l.unit()), Cell.quantity(l.quantity()), Cell.of(l.unitPrice()), Cell.of(l.taxCode()),
                    Cell.of(InvoiceDrafts.plain(l.taxRate()) + " %"), Cell.of(l.amount()), Cell.of(l.tax()), Cell.of(l.total())));
        }
        return new Table(List.of("#", r.msg("line.productCode"), r.msg("line.product"), r.msg("line.spec"),
                r.msg("line.unit"), r.msg("line.quantity"), r.msg("line.unitPrice"), r.msg("line.taxCode"),
                r.msg("line.taxRate"), r.msg("line.amount"), r.msg("line.tax"), r.msg("line.total")), rows, null, null);
    }

    @Override
    public Action submit(PageRequest r) {
        return actions.submit(r);
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
}
