package org.neiqin.invoicing.internal.console;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neiqin.api.console.Cell;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Link;
import org.neiqin.api.console.Links;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Paragraph;
import org.neiqin.api.contracts.ContractDocument;
import org.neiqin.invoicing.internal.Billing;
import org.neiqin.invoicing.internal.InvoiceData;
import org.neiqin.invoicing.internal.InvoiceDrafts;
import org.neiqin.kit.console.PageActions;
import org.neiqin.kit.form.Labels;

/** A new invoice request for an order, drawn on the invoice page: the header, and a row per line with what is left. */
final class InvoiceRequestForm {
    private InvoiceRequestForm() {
    }

    /** A new request for an order: the header, and a row per line with what is left to bill of it. */
    static Page page(PageRequest r, ContractDocument doc, List<Billing.Billable> billable, List<BigDecimal> rates,
            PageActions actions) {
        long documentId = doc.id();
        List<Map<String, String>> rows = new ArrayList<>();
        for (Billing.Billable b : billable) {
            Map<String, String> row = new HashMap<>();
            row.put("lineKey", String.valueOf(b.line().id()));
            row.put("what", b.line().lineNo() + ". " + b.line().product() + (b.line().spec() == null ? ""
                    : " " + b.line().spec()) + " — " + Cell.of(b.line().unitPrice()).text() + " / " + b.line().unit());
            row.put("left", r.msg(b.delivered() ? "invoice.leftDelivered" : "invoice.leftOrdered", InvoiceDrafts.plain(b.left()),
                    b.line().unit(), InvoiceDrafts.plain(b.base()), InvoiceDrafts.plain(b.invoiced())));
            row.put("quantity", b.left().signum() > 0 ? InvoiceDrafts.plain(b.left()) : "");
            rows.add(row);
        }
        List<Field.Option> choices = new ArrayList<>(List.of(new Field.Option("", r.msg("invoice.rateOfProduct"))));
        rates.forEach(p -> choices.add(new Field.Option(InvoiceDrafts.plain(p), InvoiceDrafts.plain(p) + " %")));
        List<Field> fields = new ArrayList<>();
        fields.add(actions.field(InvoicePage.CREATE));
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
                new Field("taxRate", r.msg("line.taxRate"), Field.Type.SELECT, null, choices, false)), rows));
        return new Page(r.msg("invoice.new", doc.number(), doc.customerName()), List.of(
                new Links(List.of(new Link(r.msg("invoice.order", doc.number()), "neiqin-contract?id=" + documentId))),
                new Paragraph(r.msg("invoice.newHelp")), Form.action(r.msg("invoice.create"), fields)));
    }

}
