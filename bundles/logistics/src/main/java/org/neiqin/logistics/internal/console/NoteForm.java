package org.neiqin.logistics.internal.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.contracts.ContractDocument;
import org.neiqin.api.error.FieldError;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Labels;
import org.neiqin.logistics.internal.LineKind;
import org.neiqin.logistics.internal.NoteRequest;
import org.neiqin.logistics.internal.NoteShipping;
import org.neiqin.logistics.internal.OrderLine;

/**
 * Preparing a note in the console: the order's lines with what is left of each, a quantity and batch
 * to fill in per line, samples, gifts and material as rows of a grid, and where, how and by when it ships
 * ({@link NoteShipping}, the same form a prepared note is corrected with).
 */
final class NoteForm {
    private NoteForm() {
    }

    /** @return the form of a new note for {@code doc}, its lines as {@code lines} says what is left */
    static Form of(PageRequest r, Field action, ContractDocument doc, List<OrderLine> lines, LocalDate today) {
        List<Field> fields = new ArrayList<>();
        fields.add(action);
        fields.add(Field.hidden("document", String.valueOf(doc.id())));
        fields.add(goods(r, lines));
        fields.add(extras(r));
        // where and to whom: the order's, which the assistant may change; it leaves today unless said otherwise
        java.util.Map<String, String> fromOrder = new java.util.HashMap<>();
        fromOrder.put("promisedOn", today.toString());
        fromOrder.put("shipTo", doc.deliveryAddress());
        fromOrder.put("contact", doc.contact());
        fromOrder.put("phone", doc.phone());
        fields.addAll(shipping(r, name -> r.param(name) != null ? r.param(name) : fromOrder.get(name)));
        return Form.action(r.msg("note.prepare"), fields);
    }

    /** @return the fields of where, how and by when a note ships, with {@code values} by name */
    static List<Field> shipping(PageRequest r, java.util.function.Function<String, String> values) {
        return Labels.inputs(r, NoteShipping.class, values);
    }

    /** @return where, how and by when the note the form describes ships */
    static NoteShipping shipping(PageRequest r) {
        return Forms.bind(NoteShipping.class, r::param);
    }

    /** @return the note the form describes: a line per order line given a quantity, then the extras' rows */
    static NoteRequest request(PageRequest r) {
        List<FieldError> errors = new ArrayList<>();
        List<NoteRequest.Line> lines = new ArrayList<>();
        for (GoodsLine g : Forms.bindRows(GoodsLine.class, GOODS, r, errors)) {
            if (g.quantity() != null || g.batch() != null) {
                lines.add(new NoteRequest.Line(g.line(), LineKind.GOODS, null, null, null, g.quantity(), g.batch()));
            }
        }
        for (ExtraLine x : Forms.bindRows(ExtraLine.class, "extras", r, errors)) {
            lines.add(new NoteRequest.Line(null, x.extraKind() == null ? LineKind.SAMPLE : x.extraKind(), x.product(), null,
                    x.unit(), x.quantity(), null));
        }
        NoteShipping s = Forms.bind(NoteShipping.class, r::param, errors);
        Forms.require(errors);
        return new NoteRequest(Long.valueOf(r.number("document")), s.shipTo(), s.contact(), s.phone(), s.deliveryMethod(),
                s.promisedOn(), s.expectedArrival(), s.note(), lines);
    }

    /** The grid of a note's goods: a row per line of the order. */
    static final String GOODS = "goods";

    /**
     * @return the grid of the order's lines: each says what it is and what is left of it, and takes the quantity
     *         that goes on this note and its batch numbers
     */
    private static Field goods(PageRequest r, List<OrderLine> lines) {
        List<java.util.Map<String, String>> rows = new ArrayList<>();
        for (OrderLine l : lines) {
            rows.add(java.util.Map.of("line", String.valueOf(l.line().id()),
                    "what", l.line().product() + (l.line().spec() == null ? "" : " " + l.line().spec()),
                    "left", r.msg("note.left", plain(l.remaining()), l.line().unit(), plain(l.line().quantity()),
                            plain(l.onNotes())) + (l.returned().signum() > 0 ? r.msg("note.returned", plain(l.returned())) : "")));
        }
        return Field.fixedGrid(GOODS, r.msg("note.goods"), List.of(Field.hidden("line", ""),
                Field.shown("what", r.msg("column.product")), Field.shown("left", r.msg("note.leftColumn")),
                new Field("quantity", r.msg("column.quantity"), Field.Type.NUMBER, null, List.of(), false),
                Field.text("batch", r.msg("note.batch"), null)), rows);
    }

    /** @return the grid of samples, gifts and material: a row each, of the kinds that go without a price */
    private static Field extras(PageRequest r) {
        Field grid = Labels.grid(r, "extras", ExtraLine.class, List.of(), false);
        List<Field> columns = new ArrayList<>();
        for (Field c : grid.columns()) {
            columns.add(!c.name().equals("extraKind") ? c : new Field(c.name(), c.label(), Field.Type.SELECT, null,
                    List.of(LineKind.SAMPLE, LineKind.GIFT, LineKind.MATERIAL).stream()
                            .map(k -> new Field.Option(k.name(), Labels.choice(r, k))).toList(), false));
        }
        return Field.grid(grid.name(), grid.label(), columns, List.of(), false);
    }

    static String plain(BigDecimal b) {
        return b == null ? "" : b.stripTrailingZeros().toPlainString();
    }
}
