package org.neiqin.invoicing.internal.console;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neiqin.api.console.Action;
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
import org.neiqin.api.console.Table;
import org.neiqin.api.money.CompanyCurrency;
import org.neiqin.api.security.SecurityService;
import org.neiqin.invoicing.internal.AllocationData;
import org.neiqin.invoicing.internal.InvoicingModule;
import org.neiqin.invoicing.internal.ReceiptData;
import org.neiqin.invoicing.internal.ReceiptService;
import org.neiqin.invoicing.internal.ReceiptView;
import org.neiqin.kit.console.PageActions;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Labels;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Money received (收款): the latest receipts with what was matched and what stays as an advance; finance records one,
 * then matches it to the customer's open invoices (a grid of each with what is outstanding).
 */
@Component
public class ReceiptsPage implements ConsolePage {
    static final String LABEL = "neiqin-receipts";
    static final String RECORD = "record";
    static final String MATCH = "match";
    static final String UNMATCH = "unmatch";

    @Reference
    private ReceiptService receipts;
    @Reference
    private SecurityService security;
    @Reference
    private CompanyCurrency currency;

    private final PageActions actions = new PageActions()
            .on(RECORD, r -> {
                ReceiptView v = receipts.record(Forms.bind(ReceiptData.class, Forms.inCurrency(r::param, currency.code())));
                return new Action(LABEL + "?id=" + v.id(), r.msg("receipt.recorded", v.id()));
            })
            .on(MATCH, r -> {
                FilledRows<AllocationData> parts = new FilledRows<>(r, "allocations", "invoiceId", "amount",
                        AllocationData.class, v -> Forms.inCurrency(v, currency.code()));
                try {
                    receipts.allocate(r.number("id"), (int) r.number("version"), parts.rows());
                } catch (org.neiqin.api.error.ValidationException e) {
                    throw parts.moved(e, "allocations");
                }
                return new Action(LABEL + "?id=" + r.number("id"), r.msg("receipt.matched"));
            })
            .on(UNMATCH, r -> {
                receipts.unmatch(r.number("id"), (int) r.number("version"), r.number("invoiceId"), r.param("reason"));
                return new Action(LABEL + "?id=" + r.number("id"), r.msg("receipt.unmatched"));
            });

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return 410; }

    @Override
    public String title() { return "Receipts"; }

    @Override
    public String permission() { return InvoicingModule.READ; }

    @Override
    public Page render(PageRequest r) {
        boolean finance = security.isPermitted(r.actor(), InvoicingModule.RECEIVE);
        List<Block> blocks = new ArrayList<>();
        if (r.param("id") != null) {
            ReceiptView v = receipts.get(r.number("id"));
            blocks.add(new Links(List.of(new Link(r.msg("receipt.back"), LABEL))));
            blocks.add(new Paragraph(r.msg("receipt.summary", v.customerName(), String.valueOf(v.receivedOn()),
                    Labels.choice(r, v.method()), Cell.of(v.amount()).text(), Cell.of(v.allocated()).text(),
                    Cell.of(v.unapplied()).text())));
            List<List<Cell>> parts = new ArrayList<>();
            for (ReceiptView.Allocation a : v.allocations()) {
                parts.add(List.of(Cell.link(a.invoiceNumber(), InvoicePage.LABEL + "?id=" + a.invoiceId()), Cell.of(a.amount()),
                        Cell.of(r.person(a.allocatedBy()) + " " + r.time(a.allocatedAt()))));
            }
            blocks.add(new Table(List.of(r.msg("column.number"), r.msg("receipt.matchedAmount"), r.msg("receipt.matchedBy")),
                    parts, null, null));
            if (finance && !v.allocations().isEmpty()) {
                List<Field.Option> matched = new ArrayList<>();
                for (ReceiptView.Allocation a : v.allocations()) {
                    if (matched.stream().noneMatch(o -> o.value().equals(String.valueOf(a.invoiceId())))) {
                        matched.add(new Field.Option(String.valueOf(a.invoiceId()), a.invoiceNumber()));
                    }
                }
                blocks.add(Form.action(r.msg("receipt.unmatch"), List.of(actions.field(UNMATCH),
                        Field.hidden("id", String.valueOf(v.id())), Field.hidden("version", String.valueOf(v.version())),
                        Field.select("invoiceId", r.msg("column.number"), null, matched),
                        new Field("reason", r.msg("field.reason"), Field.Type.TEXT, null, List.of(), true))));
            }
            if (finance && v.unapplied().amount().signum() > 0) {
                List<Map<String, String>> rows = new ArrayList<>();
                for (ReceiptService.Open o : receipts.open(v.customerId())) {
                    Map<String, String> row = new HashMap<>();
                    row.put("invoiceId", String.valueOf(o.invoiceId()));
                    row.put("what", o.number() + " — " + o.documentNumber() + " — " + r.msg("receipt.due", o.dueDate()));
                    row.put("left", Cell.of(o.outstanding()).text() + " / " + Cell.of(o.total()).text());
                    rows.add(row);
                }
                blocks.add(new Heading(r.msg("receipt.match")));
                blocks.add(Form.action(r.msg("receipt.match"), List.of(actions.field(MATCH),
                        Field.hidden("id", String.valueOf(v.id())), Field.hidden("version", String.valueOf(v.version())),
                        Field.fixedGrid("allocations", r.msg("receipt.openInvoices"), List.of(Field.hidden("invoiceId", ""),
                                Field.shown("what", r.msg("column.number")), Field.shown("left", r.msg("receipt.outstanding")),
                                new Field("amount", r.msg("receipt.matchedAmount"), Field.Type.NUMBER, null, List.of(), false)),
                                rows))));
            }
            return new Page(r.msg("receipt.title", v.id(), v.customerName()), blocks);
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (ReceiptView v : receipts.list(null, 200)) {
            rows.add(List.of(Cell.link(String.valueOf(v.id()), LABEL + "?id=" + v.id()), Cell.of(v.receivedOn()),
                    Cell.of(v.customerName()), Cell.of(Labels.choice(r, v.method())), Cell.of(v.amount()),
                    Cell.of(v.allocated()), Cell.of(v.unapplied()), Cell.of(v.reference())));
        }
        blocks.add(new Paragraph(r.msg("receipts.help")));
        blocks.add(new Table(List.of("#", r.msg("field.receivedOn"), r.msg("column.customerName"), r.msg("field.method"),
                r.msg("field.amount"), r.msg("receipt.allocated"), r.msg("receipt.unapplied"), r.msg("field.reference")),
                rows, null, "receipts"));
        if (finance) {
            List<Field> fields = new ArrayList<>();
            fields.add(actions.field(RECORD));
            fields.addAll(Labels.inputs(r, ReceiptData.class, n -> ""));
            blocks.add(new Heading(r.msg("receipt.new")));
            blocks.add(Form.action(r.msg("receipt.record"), fields));
        }
        return new Page(r.msg("receipts.title"), blocks);
    }

    @Override
    public Action submit(PageRequest r) {
        return actions.submit(r);
    }
}
