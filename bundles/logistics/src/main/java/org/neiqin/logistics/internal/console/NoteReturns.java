package org.neiqin.logistics.internal.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.neiqin.api.console.Block;
import org.neiqin.api.console.Cell;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Heading;
import org.neiqin.api.console.Link;
import org.neiqin.api.console.Links;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Table;
import org.neiqin.api.error.FieldError;
import org.neiqin.kit.console.PageActions;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Labels;
import org.neiqin.logistics.internal.LineKind;
import org.neiqin.logistics.internal.NoteView;
import org.neiqin.logistics.internal.ReturnKind;
import org.neiqin.logistics.internal.ReturnRequest;
import org.neiqin.logistics.internal.ReturnState;
import org.neiqin.logistics.internal.ReturnView;

/** A note's returns and exchanges on its page: the list, the steps on those still prepared, the form of a new one. */
final class NoteReturns {
    /** The grid of the goods that come back: a row per line of goods on the note. */
    static final String BACK = "back";

    private NoteReturns() {
    }

    /** The note's returns and exchanges, the steps on those still prepared, and the form of a new one. */
    static void blocks(PageRequest r, NoteView v, List<ReturnView> all, boolean write, PageActions actions,
            List<Block> blocks) {
        if (all.isEmpty() && !write) {
            return;
        }
        blocks.add(new Heading(r.msg("note.returns")));
        List<List<Cell>> rows = new ArrayList<>();
        for (ReturnView b : all) {
            StringBuilder what = new StringBuilder();
            for (ReturnView.Line l : b.lines()) {
                what.append(what.length() == 0 ? "" : "; ").append(l.noteLine()).append(". ").append(l.product()).append(' ')
                        .append(NoteForm.plain(l.quantity())).append(l.unit() == null ? "" : " " + l.unit());
            }
            rows.add(List.of(Cell.of(b.code()), Cell.of(Labels.choice(r, b.kind())), Cell.of(Labels.choice(r, b.state())),
                    Cell.of(what.toString()), Cell.of(b.amount()), Cell.of(b.reason())));
        }
        if (!rows.isEmpty()) {
            blocks.add(new Table(List.of(r.msg("column.returnCode"), r.msg("field.kind"), r.msg("column.state"),
                    r.msg("column.quantity"), r.msg("column.amount"), r.msg("field.reason")), rows, null, null));
            List<Link> receipts = new ArrayList<>();
            for (ReturnView b : all) {
                if (b.state() == ReturnState.ACCEPTED) {
                    receipts.add(new Link(r.msg("print.receipt", b.code()), NotePage.LABEL + "?id=" + v.id() + "&print="
                            + NotePrint.RECEIPT + "&return=" + b.id()));
                }
            }
            if (!receipts.isEmpty()) {
                blocks.add(new Links(receipts));
            }
        }
        if (!write) {
            return;
        }
        for (ReturnView b : all) {
            if (b.state() == ReturnState.PREPARED) {
                for (String action : List.of(NotePage.RETURN_SUBMIT, NotePage.RETURN_CANCEL)) {
                    blocks.add(Form.action(r.msg("note." + action, b.code()), List.of(actions.field(action),
                            Field.hidden("id", String.valueOf(v.id())), Field.hidden("return", String.valueOf(b.id())),
                            Field.hidden("version", String.valueOf(b.version())))));
                }
            }
        }
        List<Field> fields = new ArrayList<>(List.of(actions.field(NotePage.GIVE_BACK), Field.hidden("id", String.valueOf(v.id()))));
        fields.add(new Field("kind", r.msg("field.kind"), Field.Type.SELECT, r.param("kind"),
                Labels.options(r, ReturnKind.class, false), true));
        fields.add(new Field("reason", r.msg("field.reason"), Field.Type.TEXT, r.param("reason"), List.of(), true));
        // a row per line of goods on the note: what went, and how much of it comes back
        List<java.util.Map<String, String>> goods = new ArrayList<>();
        for (NoteView.Line l : v.lines()) {
            if (l.kind() == LineKind.GOODS) {
                goods.add(java.util.Map.of("line", String.valueOf(l.lineNo()), "what", l.lineNo() + ". " + l.product(),
                        "sent", NoteForm.plain(l.quantity()) + (l.unit() == null ? "" : " " + l.unit())));
            }
        }
        fields.add(Field.fixedGrid(BACK, r.msg("note.return.goods"), List.of(Field.hidden("line", ""),
                Field.shown("what", r.msg("column.product")), Field.shown("sent", r.msg("note.return.sent")),
                new Field("quantity", r.msg("note.return.back"), Field.Type.NUMBER, null, List.of(), false)), goods));
        blocks.add(Form.action(r.msg("note.return.prepare"), fields));
    }

    /** The return the form describes: a line per line of the note given a quantity. */
    static ReturnRequest giveBack(PageRequest r) {
        List<FieldError> errors = new ArrayList<>();
        List<ReturnRequest.Line> lines = new ArrayList<>();
        for (GoodsLine g : Forms.bindRows(GoodsLine.class, BACK, r, errors)) {
            if (g.quantity() != null) {
                lines.add(new ReturnRequest.Line(g.line() == null ? null : g.line().intValue(), g.quantity()));
            }
        }
        Forms.require(errors);
        lines.sort(Comparator.comparing(ReturnRequest.Line::noteLine));
        return new ReturnRequest(r.number("id"), Forms.choice(ReturnKind.class, "kind", r.param("kind")), r.param("reason"),
                lines);
    }
}
