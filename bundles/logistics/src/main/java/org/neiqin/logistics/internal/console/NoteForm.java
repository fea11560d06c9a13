package org.neiqin.logistics.internal.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.contracts.ContractDocument;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
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
        for (OrderLine l : lines) {
            String what = l.line().lineNo() + ". " + l.line().product() + (l.line().spec() == null ? "" : " " + l.line().spec())
                    + " — " + r.msg("note.left", plain(l.remaining()), l.line().unit(), plain(l.line().quantity()),
                            plain(l.onNotes())) + (l.returned().signum() > 0 ? r.msg("note.returned", plain(l.returned())) : "");
            fields.add(new Field("qty." + l.line().id(), what, Field.Type.NUMBER, r.param("qty." + l.line().id()),
                    List.of(), false));
            fields.add(Field.text("batch." + l.line().id(), r.msg("note.batch"), r.param("batch." + l.line().id())));
        }
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
        for (String name : r.paramNames()) {
            if (name.startsWith("qty.") && r.param(name) != null && !r.param(name).isBlank()) {
                try {
                    long line = Long.parseLong(name.substring(4));
                    lines.add(new NoteRequest.Line(line, LineKind.GOODS, null, null, null,
                            Forms.parse(BigDecimal.class, name, r.param(name)), r.param("batch." + line)));
                } catch (NumberFormatException e) {
                    errors.add(new FieldError(name, "format", Text.of("logistics.line.unknown", "{0} has no line {1}", "",
                            name)));
                } catch (ValidationException e) {
                    errors.addAll(e.errors());
                }
            }
        }
        lines.sort(Comparator.comparing(NoteRequest.Line::line));
        for (ExtraLine x : Forms.bindRows(ExtraLine.class, "extras", r, errors)) {
            lines.add(new NoteRequest.Line(null, x.extraKind() == null ? LineKind.SAMPLE : x.extraKind(), x.product(), null,
                    x.unit(), x.quantity(), null));
        }
        NoteShipping s = Forms.bind(NoteShipping.class, r::param, errors);
        Forms.require(errors);
        return new NoteRequest(Long.valueOf(r.number("document")), s.shipTo(), s.contact(), s.phone(), s.deliveryMethod(),
                s.promisedOn(), s.expectedArrival(), s.note(), lines);
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
