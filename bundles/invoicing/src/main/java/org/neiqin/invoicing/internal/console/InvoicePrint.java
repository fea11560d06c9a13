package org.neiqin.invoicing.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.console.Block;
import org.neiqin.api.console.Cell;
import org.neiqin.api.console.Link;
import org.neiqin.api.console.Links;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Paragraph;
import org.neiqin.api.console.Properties;
import org.neiqin.api.console.Table;
import org.neiqin.invoicing.internal.InvoiceView;
import org.neiqin.kit.form.Labels;

/**
 * The invoice request as finance receives it on paper (开票申请单, {@code print=request}; one sheet, the console leaving
 * out its menus and forms): the buyer's billing data, the lines with VAT, the totals in figures and words, and who
 * prepared, reviewed and issued it, with room to sign.
 */
final class InvoicePrint {
    static final String REQUEST = "request";

    private InvoicePrint() {
    }

    static Page request(PageRequest r, InvoiceView v, Table lines, List<AuditEntry> history) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Links(List.of(new Link(r.msg("print.back"), InvoicePage.LABEL + "?id=" + v.id()))));
        List<Properties.Property> p = new ArrayList<>();
        p.add(new Properties.Property(r.msg("invoice.buyer"), v.buyerName() != null ? v.buyerName() : v.customerName()));
        p.add(new Properties.Property(r.msg("invoice.buyerTaxNumber"), or(v.buyerTaxNumber())));
        p.add(new Properties.Property(r.msg("invoice.buyerAddress"), or(v.buyerAddress()) + " " + or(v.buyerPhone())));
        p.add(new Properties.Property(r.msg("invoice.buyerBank"), or(v.buyerBank()) + " " + or(v.buyerAccount())));
        p.add(new Properties.Property(r.msg("column.invoiceType"), Labels.choice(r, v.invoiceType()) + " / "
                + Labels.choice(r, v.medium())));
        p.add(new Properties.Property(r.msg("column.document"), v.documentNumber()));
        p.add(new Properties.Property(r.msg("invoice.prices"), r.msg(v.taxIncluded() ? "invoice.taxIncluded"
                : "invoice.taxExcluded")));
        if (v.note() != null) {
            p.add(new Properties.Property(r.msg("field.note"), v.note()));
        }
        blocks.add(new Properties(p));
        blocks.add(lines);
        blocks.add(new Paragraph(r.msg("invoice.totals", Cell.of(v.amount()).text(), Cell.of(v.tax()).text(),
                Cell.of(v.total()).text(), v.totalInWords())));
        String reviewed = "";
        String issued = "";
        for (AuditEntry e : history) {
            String after = String.valueOf(e.newValues());
            if (after.contains("APPROVED")) {
                reviewed = r.person(e.actor()) + " " + r.time(e.at());
            }
            if (after.contains("ISSUED")) {
                issued = r.person(e.actor()) + " " + r.time(e.at());
            }
        }
        blocks.add(new Properties(List.of(
                new Properties.Property(r.msg("print.preparedBy"), r.person(v.createdBy()) + " " + r.time(v.createdAt())
                        + "　" + r.msg("print.signature")),
                new Properties.Property(r.msg("print.reviewedBy"), reviewed + "　" + r.msg("print.signature")),
                new Properties.Property(r.msg("print.issuedBy"), issued + "　" + r.msg("print.signature")))));
        return new Page(r.msg("print.requestTitle", v.number() == null ? r.msg("invoice.request", v.id()) : v.number()),
                blocks);
    }

    private static String or(String s) {
        return s == null ? "" : s;
    }
}
