package org.neiqin.logistics.internal.console;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.Block;
import org.neiqin.api.console.Cell;
import org.neiqin.api.console.Heading;
import org.neiqin.api.console.Link;
import org.neiqin.api.console.Links;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Properties;
import org.neiqin.api.console.Table;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.kit.form.Labels;
import org.neiqin.logistics.internal.LineKind;
import org.neiqin.logistics.internal.NoteState;
import org.neiqin.logistics.internal.NoteView;
import org.neiqin.logistics.internal.ReturnService;
import org.neiqin.logistics.internal.ReturnState;
import org.neiqin.logistics.internal.ReturnView;

/**
 * The papers of a delivery note, drawn for printing ({@code print=…}; the console prints each
 * section on a sheet of its own and leaves out its menus and forms): the note in three copies (for
 * the carrier, without prices; for the back office; for finance), each with the lines to sign; the
 * warehouse out-slip (出库单) with the batches it checked; and the goods-in receipt (入库单) of an
 * accepted return.
 */
final class NotePrint {
    static final String NOTE = "note";
    static final String OUT_SLIP = "outSlip";
    static final String RECEIPT = "receipt";
    private static final List<String> COPIES = List.of("carrier", "office", "finance");

    private NotePrint() {
    }

    /** @return whether a note in this state is a shipping paper (reviewed, and not cancelled) */
    static boolean printable(NoteState s) {
        return s == NoteState.REVIEWED || s.hasLeft();
    }

    static Page render(PageRequest r, NoteView v, String what, ReturnService returns) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Links(List.of(new Link(r.msg("print.back", v.code()), NotePage.LABEL + "?id=" + v.id()))));
        switch (what) {
            case NOTE:
                requirePrintable(r, v);
                for (String copy : COPIES) {
                    blocks.add(new Heading(r.msg("print.noteCopy", v.code(), r.msg("print.copy." + copy))));
                    blocks.add(header(r, v, !copy.equals("carrier")));
                    blocks.add(lines(r, v, !copy.equals("carrier")));
                    blocks.add(new Properties(List.of(
                            new Properties.Property(r.msg("field.preparedBy"), v.createdBy()),
                            new Properties.Property(r.msg("field.warehouseChecked"), or(v.warehouseCheckedBy())),
                            new Properties.Property(r.msg("field.financeSigned"), v.paymentTerms()
                                    == org.neiqin.api.crm.PaymentTerms.PREPAYMENT ? or(v.financeSignedBy()) : "—"),
                            new Properties.Property(r.msg("print.carrierSigns"), or(v.carrierSignedBy())),
                            new Properties.Property(r.msg("print.customerSigns"), BLANK))));
                }
                return new Page(r.msg("print.noteTitle", v.code()), blocks);
            case OUT_SLIP:
                requirePrintable(r, v);
                blocks.add(new Heading(r.msg("print.outSlipTitle", v.code())));
                blocks.add(new Properties(List.of(new Properties.Property(r.msg("column.order"), v.documentNumber()),
                        new Properties.Property(r.msg("column.customerName"), v.customerName()),
                        new Properties.Property(r.msg("field.carrier"), v.carrierName() == null
                                ? Labels.choice(r, v.deliveryMethod()) : v.carrierName()),
                        new Properties.Property(r.msg("field.waybill"), or(v.waybill())))));
                List<List<Cell>> rows = new ArrayList<>();
                for (NoteView.Line l : v.lines()) {
                    rows.add(List.of(Cell.of(l.lineNo()), Cell.of(Labels.choice(r, l.kind())), Cell.of(l.product()),
                            Cell.of(l.spec()), Cell.of(l.batch()), Cell.of(plain(l.quantity())), Cell.of(l.unit()),
                            Cell.of(l.kind() == LineKind.GOODS && v.warehouseCheckedBy() != null ? r.msg("print.checked") : "")));
                }
                blocks.add(new Table(List.of("#", r.msg("column.kind"), r.msg("column.product"), r.msg("column.spec"),
                        r.msg("column.batch"), r.msg("column.quantity"), r.msg("column.unit"), r.msg("print.quality")),
                        rows, null, null));
                blocks.add(new Properties(List.of(
                        new Properties.Property(r.msg("print.issuedBy"), or(v.warehouseCheckedBy())),
                        new Properties.Property(r.msg("print.checkedAt"), v.warehouseCheckedAt() == null ? BLANK
                                : r.time(v.warehouseCheckedAt())),
                        new Properties.Property(r.msg("print.carrierSigns"), or(v.carrierSignedBy())))));
                return new Page(r.msg("print.outSlipTitle", v.code()), blocks);
            case RECEIPT:
                ReturnView b = returns.get(r.number("return"));
                if (b.note() != v.id() || b.state() != ReturnState.ACCEPTED) {
                    throw new ValidationException("return", "state", Text.of("logistics.print.receipt",
                            "a goods-in receipt is printed for an accepted return of this note"));
                }
                blocks.add(new Heading(r.msg("print.receiptTitle", b.code())));
                blocks.add(new Properties(List.of(new Properties.Property(r.msg("column.returnCode"), b.code()),
                        new Properties.Property(r.msg("print.ofNote"), v.code()),
                        new Properties.Property(r.msg("column.order"), b.documentNumber()),
                        new Properties.Property(r.msg("column.customerName"), b.customerName()),
                        new Properties.Property(r.msg("field.kind"), Labels.choice(r, b.kind())),
                        new Properties.Property(r.msg("field.reason"), b.reason()))));
                List<List<Cell>> back = new ArrayList<>();
                for (ReturnView.Line l : b.lines()) {
                    String batch = v.lines().stream().filter(n -> n.lineNo() == l.noteLine()).map(NoteView.Line::batch)
                            .filter(java.util.Objects::nonNull).findFirst().orElse("");
                    back.add(List.of(Cell.of(l.noteLine()), Cell.of(l.product()), Cell.of(batch),
                            Cell.of(plain(l.quantity())), Cell.of(l.unit()), Cell.of(BLANK)));
                }
                blocks.add(new Table(List.of(r.msg("print.noteLine"), r.msg("column.product"), r.msg("column.batch"),
                        r.msg("column.quantity"), r.msg("column.unit"), r.msg("print.quality")), back, null, null));
                blocks.add(new Properties(List.of(new Properties.Property(r.msg("print.receivedBy"), BLANK),
                        new Properties.Property(r.msg("print.receivedOn"), BLANK))));
                return new Page(r.msg("print.receiptTitle", b.code()), blocks);
            default:
                throw new ValidationException("print", "unknown", Text.of("logistics.print.unknown",
                        "print one of: note, outSlip, receipt"));
        }
    }

    private static final String BLANK = "____________________";

    private static void requirePrintable(PageRequest r, NoteView v) {
        if (!printable(v.state())) {
            throw new ValidationException("print", "state", Text.of("logistics.print.state",
                    "{0} is {1}: a delivery note is printed once it is reviewed", v.code(), v.state()));
        }
    }

    private static Properties header(PageRequest r, NoteView v, boolean prices) {
        List<Properties.Property> p = new ArrayList<>();
        p.add(new Properties.Property(r.msg("column.order"), v.documentNumber()));
        p.add(new Properties.Property(r.msg("column.customerName"), v.customerName()));
        p.add(new Properties.Property(r.msg("field.shipTo"), or(v.shipTo())));
        p.add(new Properties.Property(r.msg("field.contact"), or(v.contact()) + " " + or(v.phone())));
        p.add(new Properties.Property(r.msg("field.deliveryMethod"), Labels.choice(r, v.deliveryMethod())));
        p.add(new Properties.Property(r.msg("field.promisedOn"), String.valueOf(v.promisedOn())));
        p.add(new Properties.Property(r.msg("field.expectedArrival"), v.expectedArrival() == null ? BLANK
                : v.expectedArrival().toString()));
        p.add(new Properties.Property(r.msg("field.carrier"), or(v.carrierName())));
        p.add(new Properties.Property(r.msg("field.waybill"), or(v.waybill())));
        if (prices) {
            p.add(new Properties.Property(r.msg("column.amount"), Cell.of(v.amount()).text()));
            p.add(new Properties.Property(r.msg("field.freight"), v.freight() == null ? "—" : String.valueOf(v.freight())));
        }
        return new Properties(p);
    }

    private static Table lines(PageRequest r, NoteView v, boolean prices) {
        List<List<Cell>> rows = new ArrayList<>();
        for (NoteView.Line l : v.lines()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.of(l.lineNo()), Cell.of(Labels.choice(r, l.kind())),
                    Cell.of(l.product()), Cell.of(l.spec()), Cell.of(plain(l.quantity()) + (l.unit() == null ? "" : " " + l.unit())),
                    Cell.of(l.batch())));
            if (prices) {
                row.add(Cell.of(l.unitPrice()));
                row.add(Cell.of(l.amount()));
            }
            rows.add(row);
        }
        List<String> heads = new ArrayList<>(List.of("#", r.msg("column.kind"), r.msg("column.product"),
                r.msg("column.spec"), r.msg("column.quantity"), r.msg("column.batch")));
        if (prices) {
            heads.add(r.msg("column.unitPrice"));
            heads.add(r.msg("column.amount"));
        }
        return new Table(heads, rows, null, null);
    }

    private static String or(String s) {
        return s == null || s.isBlank() ? BLANK : s;
    }

    private static String plain(BigDecimal b) {
        return b == null ? "" : b.stripTrailingZeros().toPlainString();
    }
}
