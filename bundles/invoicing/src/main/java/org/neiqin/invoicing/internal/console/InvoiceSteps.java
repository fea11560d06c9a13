package org.neiqin.invoicing.internal.console;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neiqin.api.console.Block;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Heading;
import org.neiqin.api.console.Notice;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Paragraph;
import org.neiqin.api.security.SecurityService;
import org.neiqin.api.time.CompanyClock;
import org.neiqin.invoicing.internal.InvoiceIssue;
import org.neiqin.invoicing.internal.InvoiceState;
import org.neiqin.invoicing.internal.InvoiceView;
import org.neiqin.invoicing.internal.InvoicingModule;
import org.neiqin.invoicing.internal.InvoiceDrafts;
import org.neiqin.kit.console.PageActions;
import org.neiqin.kit.form.Labels;

/**
 * The steps of an invoice on its page: send for review and withdraw (the office), issue and record the official
 * number (finance), and a red-letter credit note of an issued invoice; the page handles what they send.
 */
final class InvoiceSteps {
    private InvoiceSteps() {
    }

    /** The forms of the steps the invoice's state allows the reader. */
    static void forms(PageRequest r, InvoiceView v, SecurityService security, CompanyClock clock, PageActions actions,
            List<Block> blocks) {
        String id = String.valueOf(v.id());
        String version = String.valueOf(v.version());
        boolean write = security.isPermitted(r.actor(), InvoicingModule.WRITE);
        boolean finance = security.isPermitted(r.actor(), InvoicingModule.ISSUE);
        if (write && v.state() == InvoiceState.DRAFT) {
            blocks.add(Form.action(r.msg("invoice.submit"), List.of(actions.field(InvoicePage.SUBMIT), Field.hidden("id", id),
                    Field.hidden("version", version))));
        }
        if (finance && v.state() == InvoiceState.APPROVED) {
            blocks.add(new Notice(Notice.Level.INFO, r.msg("invoice.toIssue")));
            blocks.add(Form.action(r.msg("invoice.issue"), List.of(actions.field(InvoicePage.ISSUE), Field.hidden("id", id),
                    Field.hidden("version", version))));
        }
        if (finance && v.state() == InvoiceState.ISSUED) {
            List<Field> fields = new ArrayList<>(List.of(actions.field(InvoicePage.OFFICIAL), Field.hidden("id", id),
                    Field.hidden("version", version)));
            fields.addAll(Labels.inputs(r, InvoiceIssue.Official.class, n -> n.equals("officialNumber")
                    ? (v.officialNumber() == null ? "" : v.officialNumber())
                    : v.officialDate() == null ? clock.today().toString() : v.officialDate().toString()));
            blocks.add(new Heading(r.msg("invoice.official")));
            blocks.add(Form.action(r.msg("invoice.officialSave"), fields));
        }
        if (write && v.state() == InvoiceState.ISSUED && v.sending() == null) {
            List<Field> fields = new ArrayList<>(List.of(actions.field(InvoicePage.SENT), Field.hidden("id", id),
                    Field.hidden("version", version)));
            fields.addAll(Labels.inputs(r, org.neiqin.invoicing.internal.InvoiceSending.Sent.class,
                    n -> n.equals("sentOn") ? clock.today().toString() : ""));
            blocks.add(new Heading(r.msg("invoice.send")));
            blocks.add(Form.action(r.msg("invoice.send"), fields));
        }
        if (write && v.sending() != null && v.sending().receivedOn() == null) {
            List<Field> fields = new ArrayList<>(List.of(actions.field(InvoicePage.ARRIVED), Field.hidden("id", id),
                    Field.hidden("version", version)));
            fields.addAll(Labels.inputs(r, org.neiqin.invoicing.internal.InvoiceSending.Received.class,
                    n -> clock.today().toString()));
            blocks.add(Form.action(r.msg("invoice.arrived"), fields));
        }
        if (write && v.state() == InvoiceState.ISSUED && v.creditOf() == null) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (InvoiceView.Line l : v.lines()) {
                Map<String, String> row = new HashMap<>();
                row.put("lineNo", String.valueOf(l.lineNo()));
                row.put("what", l.lineNo() + ". " + l.product() + (l.spec() == null ? "" : " " + l.spec()) + " — "
                        + InvoiceDrafts.plain(l.quantity()) + " " + l.unit());
                rows.add(row);
            }
            blocks.add(new Heading(r.msg("invoice.credit")));
            blocks.add(new Paragraph(r.msg("invoice.creditHelp")));
            blocks.add(Form.action(r.msg("invoice.creditCreate"), List.of(actions.field(InvoicePage.CREDIT), Field.hidden("id", id),
                    new Field("reason", r.msg("field.reason"), Field.Type.TEXT, null, List.of(), true),
                    Field.fixedGrid("credit", r.msg("invoice.lines"), List.of(Field.hidden("lineNo", ""),
                            Field.shown("what", r.msg("line.product")),
                            new Field("quantity", r.msg("invoice.creditQuantity"), Field.Type.NUMBER, null, List.of(),
                                    false)), rows))));
        }
        if (write && (v.state() == InvoiceState.DRAFT || v.state() == InvoiceState.APPROVED)) {
            blocks.add(new Heading(r.msg("invoice.cancel")));
            blocks.add(Form.action(r.msg("invoice.cancel"), List.of(actions.field(InvoicePage.CANCEL), Field.hidden("id", id),
                    Field.hidden("version", version), new Field("reason", r.msg("field.reason"), Field.Type.TEXT, null,
                            List.of(), true))));
        }
    }

}
