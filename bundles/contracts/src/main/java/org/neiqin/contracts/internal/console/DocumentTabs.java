package org.neiqin.contracts.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.Block;
import org.neiqin.api.console.Cell;
import org.neiqin.api.console.Heading;
import org.neiqin.api.console.Notice;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Paragraph;
import org.neiqin.api.console.Properties;
import org.neiqin.api.console.Table;
import org.neiqin.api.contracts.ContractLine;
import org.neiqin.api.contracts.FulfilmentSchedule;
import org.neiqin.contracts.internal.RevisionView;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Labels;

/**
 * What a document's page shows that only reads: its lines, its fulfilment schedule and its
 * versions (the page itself draws the document with its steps and the stock-up requests).
 */
final class DocumentTabs {
    private DocumentTabs() {
    }

    /** @return the lines of a document or revision as a table; the product's code where a line names the catalogue's */
    static Table lines(PageRequest r, List<ContractLine> lines, String exportName) {
        boolean codes = lines.stream().anyMatch(l -> l.productCode() != null);
        // with price lists: each line's list price, and how far under it a line is priced (the reviewer's question)
        boolean listed = lines.stream().anyMatch(l -> l.listPrice() != null);
        List<List<Cell>> rows = new ArrayList<>();
        for (ContractLine l : lines) {
            // the line's key stays inside (deliveries and invoices hold it); a user quotes the line's number
            List<Cell> row = new ArrayList<>(List.of(Cell.of(l.lineNo())));
            if (codes) {
                row.add(Cell.of(l.productCode()));
            }
            row.addAll(List.of(Cell.of(l.product()), Cell.of(l.spec()), Cell.quantity(l.quantity()), Cell.of(l.unit()),
                    Cell.of(l.unitPrice()), Cell.of(l.amount()), Cell.quantity(l.weight())));
            if (listed) {
                row.add(Cell.of(l.listPrice()));
                row.add(Cell.of(l.underList() == null ? "" : r.msg("line.underList.value", l.underList().toPlainString())));
            }
            rows.add(row);
        }
        List<String> heads = new ArrayList<>(List.of("#"));
        if (codes) {
            heads.add(r.msg("line.productCode"));
        }
        heads.addAll(List.of(r.msg("line.product"), r.msg("line.spec"), r.msg("line.quantity"), r.msg("line.unit"),
                r.msg("line.unitPrice"), r.msg("line.amount"), r.msg("line.weight")));
        if (listed) {
            heads.addAll(List.of(r.msg("line.listPrice"), r.msg("line.underList")));
        }
        return new Table(heads, rows, null, exportName);
    }

    /** The fulfilment schedule (履行一览表): its sources, totals and a row per line, exported as the customer's statement. */
    static void schedule(PageRequest r, FulfilmentSchedule s, String displayNumber, List<Block> blocks) {
        if (s.sources().isEmpty()) {
            blocks.add(new Notice(Notice.Level.INFO, r.msg("schedule.noSources")));
        } else {
            // each source by what it is ("delivery notes"), its module's id where this module has no words for it
            List<String> sources = new ArrayList<>();
            for (String source : s.sources()) {
                String key = "schedule.source." + source;
                String words = r.msg(key);
                sources.add(words.equals(key) ? source : words);
            }
            blocks.add(new Paragraph(r.msg("schedule.sources", String.join(", ", sources))));
        }
        blocks.add(new Properties(List.of(
                new Properties.Property(r.msg("schedule.status"), Labels.choice(r, s.status())),
                new Properties.Property(r.msg("schedule.ordered"), Cell.of(s.ordered()).text()),
                new Properties.Property(r.msg("schedule.delivered"), Cell.of(s.delivered()).text()),
                new Properties.Property(r.msg("schedule.invoiced"), Cell.of(s.invoiced()).text()),
                new Properties.Property(r.msg("schedule.paid"), Cell.of(s.paid()).text()),
                new Properties.Property(r.msg("schedule.receivable"), Cell.of(s.receivable()).text()))));
        List<List<Cell>> rows = new ArrayList<>();
        for (FulfilmentSchedule.Row row : s.lines()) {
            ContractLine l = row.line();
            rows.add(List.of(Cell.of(l.lineNo()), Cell.of(l.product()), Cell.of(l.spec()), Cell.of(l.unit()),
                    Cell.quantity(l.quantity()), Cell.quantity(row.delivered()), Cell.quantity(row.toDeliver()),
                    Cell.of(l.amount()), Cell.of(row.invoiced()), Cell.of(row.paid()), Cell.of(row.toInvoice()),
                    Cell.of(row.receivable())));
        }
        blocks.add(new Table(List.of("#", r.msg("line.product"), r.msg("line.spec"), r.msg("line.unit"),
                r.msg("schedule.qtyOrdered"), r.msg("schedule.qtyDelivered"), r.msg("schedule.qtyToDeliver"),
                r.msg("line.amount"), r.msg("schedule.invoiced"), r.msg("schedule.paid"), r.msg("schedule.toInvoice"),
                r.msg("schedule.receivable")), rows, null, "statement-" + displayNumber.replaceAll("[^A-Za-z0-9-]", "")));
    }

    static String plain(java.math.BigDecimal d) {
        return Cell.quantity(d).text();
    }

    /** Every revision, newest first: who made it and why, what changed in the header, and its lines. */
    static void versions(PageRequest r, List<RevisionView> all, List<Block> blocks) {
        for (int i = all.size() - 1; i >= 0; i--) {
            RevisionView rev = all.get(i);
            blocks.add(new Heading(r.msg("versions.revision", rev.revision(), r.msg("revision." + rev.state()),
                    rev.createdBy(), r.time(rev.createdAt()))));
            List<Properties.Property> p = new ArrayList<>();
            DocumentPage.add(p, r.msg("field.reason"), rev.reason());
            p.add(new Properties.Property(r.msg("field.total"), Cell.of(rev.total()).text()));
            RevisionView older = i > 0 ? all.get(i - 1) : null;
            Forms.diff(older == null ? null : older.header(), rev.header()).forEach((k, d) -> {
                if (older != null) {
                    p.add(new Properties.Property(Labels.field(r, k), str(d[0]) + " → " + str(d[1])));
                }
            });
            blocks.add(new Properties(p));
            blocks.add(lines(r, rev.lines(), null));
        }
    }

    private static String str(Object o) {
        return o == null ? "—" : o.toString();
    }

}
