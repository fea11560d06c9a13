package org.neiqin.contracts.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.Block;
import org.neiqin.api.console.Cell;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Heading;
import org.neiqin.api.console.Notice;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Table;
import org.neiqin.api.security.SecurityService;
import org.neiqin.contracts.internal.ContractsModule;
import org.neiqin.contracts.internal.ShipDateData;
import org.neiqin.contracts.internal.ShipDateService;
import org.neiqin.contracts.internal.ShipDateView;
import org.neiqin.kit.console.PageActions;
import org.neiqin.kit.form.Forms;

/**
 * Committed ship dates as the document page and the planning board show them: a table of lines with the date
 * promised, planning's answer and how late it is; the notices that make a late line stand out; and the forms of the
 * planning clerk (commit a date) and of the office (chase, customer told).
 */
final class ShipDates {
    static final String COMMIT = "commitShipDate";
    static final String CHASE = "chaseShipDate";
    static final String TOLD = "toldShipDate";

    private ShipDates() {
    }

    /** @param board whether the rows name their document (the board) or only their line (the document) */
    static Table table(PageRequest r, List<ShipDateView> lines, boolean board, String exportName) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ShipDateView s : lines) {
            List<Cell> row = new ArrayList<>();
            if (board) {
                row.add(Cell.link(s.documentNumber(), DocumentPage.LABEL + "?id=" + s.documentId() + "&tab=ship-dates"));
                row.add(Cell.of(s.customerName()));
            }
            row.addAll(List.of(Cell.of(s.lineNo()), Cell.of(s.product()), Cell.of(DocumentTabs.plain(s.quantity()) + " "
                    + s.unit()), Cell.of(s.promised()), Cell.of(s.committedDate()), Cell.of(state(r, s)),
                    Cell.quantity(s.stockOnHand()), Cell.of(s.productionOrder()), Cell.of(s.note()),
                    Cell.of(s.committedBy() == null ? "" : r.person(s.committedBy()) + " " + r.time(s.committedAt()))));
            rows.add(row);
        }
        List<String> heads = new ArrayList<>();
        if (board) {
            heads.addAll(List.of(r.msg("field.number"), r.msg("field.customer")));
        }
        heads.addAll(List.of("#", r.msg("line.product"), r.msg("line.quantity"), r.msg("shipDate.promised"),
                r.msg("shipDate.committedDate"), r.msg("field.state"), r.msg("shipDate.stockOnHand"),
                r.msg("shipDate.productionOrder"), r.msg("shipDate.note"), r.msg("shipDate.committedBy")));
        return new Table(heads, rows, null, exportName);
    }

    /** @return where a line stands: waiting (chased n times), committed in time, late by n days (customer told or not) */
    static String state(PageRequest r, ShipDateView s) {
        if (s.committedDate() == null) {
            return s.chases() == 0 ? r.msg("shipDate.state.awaiting")
                    : r.msg("shipDate.state.chased", s.chases(), r.person(s.chasedBy()), r.time(s.chasedAt()));
        }
        if (s.daysLate() == null) {
            return r.msg("shipDate.state.inTime");
        }
        return s.toldAt() == null ? r.msg("shipDate.state.late", s.daysLate())
                : r.msg("shipDate.state.told", s.daysLate(), r.person(s.toldBy()), r.time(s.toldAt()));
    }

    /** A warning for each line committed later than promised whose customer is not yet told. */
    static void lateNotices(PageRequest r, List<ShipDateView> lines, List<Block> blocks) {
        for (ShipDateView s : lines) {
            if (s.lateUntold()) {
                blocks.add(new Notice(Notice.Level.WARNING, r.msg("shipDate.lateNotice", s.lineNo(), s.product(),
                        s.committedDate(), s.daysLate(), s.promised())));
            }
        }
    }

    /** The forms the reader may use on one document's lines: commit (planning), chase and told (the office). */
    static void forms(PageRequest r, SecurityService security, PageActions actions, long documentId,
            List<ShipDateView> lines, List<Block> blocks) {
        String id = String.valueOf(documentId);
        if (security.isPermitted(r.actor(), ContractsModule.PLAN) && !lines.isEmpty()) {
            List<Field.Option> options = new ArrayList<>();
            for (ShipDateView s : lines) {
                options.add(new Field.Option(String.valueOf(s.lineKey()), s.lineNo() + ". " + s.product() + " — "
                        + DocumentTabs.plain(s.quantity()) + " " + s.unit() + (s.committedDate() == null ? ""
                        : " (" + s.committedDate() + ")")));
            }
            String first = lines.stream().filter(s -> s.committedDate() == null).map(s -> String.valueOf(s.lineKey()))
                    .findFirst().orElse(null);
            // the version of each answer as the page showed it: a date changed meanwhile is not overwritten
            StringBuilder versions = new StringBuilder();
            lines.stream().filter(s -> s.version() != null).forEach(s -> versions.append(s.lineKey()).append(':')
                    .append(s.version()).append(' '));
            blocks.add(new Heading(r.msg("shipDate.commit")));
            blocks.add(Form.action(r.msg("shipDate.commit"), List.of(actions.field(COMMIT), Field.hidden("id", id),
                    Field.hidden("versions", versions.toString().trim()),
                    new Field("lineKey", r.msg("stockUp.lineKey"), Field.Type.SELECT, first, options, true),
                    new Field("stockOnHand", r.msg("shipDate.stockOnHand"), Field.Type.NUMBER, null, List.of(), false),
                    new Field("productionOrder", r.msg("shipDate.productionOrder"), Field.Type.TEXT, null, List.of(), false),
                    new Field("committedDate", r.msg("shipDate.committedDate"), Field.Type.DATE, null, List.of(), true),
                    new Field("note", r.msg("shipDate.note"), Field.Type.TEXTAREA, null, List.of(), false))));
        }
        if (!security.isPermitted(r.actor(), ContractsModule.WRITE)) {
            return;
        }
        for (ShipDateView s : lines) {
            if (s.committedDate() == null) {
                blocks.add(Form.action(r.msg("shipDate.chase", s.lineNo(), s.product()), List.of(actions.field(CHASE),
                        Field.hidden("id", id), Field.hidden("lineKey", String.valueOf(s.lineKey())))));
            } else if (s.lateUntold()) {
                blocks.add(Form.action(r.msg("shipDate.told", s.lineNo(), s.committedDate()), List.of(actions.field(TOLD),
                        Field.hidden("id", id), Field.hidden("lineKey", String.valueOf(s.lineKey())),
                        Field.hidden("version", String.valueOf(s.version())))));
            }
        }
    }

    /** Handles the forms of {@link #forms}; @return the message saying what was done */
    static String commit(ShipDateService service, PageRequest r) {
        long lineKey = r.number("lineKey");
        Integer version = null;
        for (String kv : (r.param("versions") == null ? "" : r.param("versions")).split(" ")) {
            String[] p = kv.split(":");
            if (p.length == 2 && p[0].equals(String.valueOf(lineKey))) {
                version = Forms.parse(Integer.class, "versions", p[1]);
            }
        }
        ShipDateView v = service.commit(r.number("id"), lineKey, version, Forms.bind(ShipDateData.class, r::param));
        return v.daysLate() == null ? r.msg("shipDate.committed", v.lineNo(), v.committedDate())
                : r.msg("shipDate.committedLate", v.lineNo(), v.committedDate(), v.daysLate());
    }

    static String chase(ShipDateService service, PageRequest r) {
        ShipDateView v = service.chase(r.number("id"), r.number("lineKey"));
        return r.msg("shipDate.chased", v.lineNo(), v.chases());
    }

    static String told(ShipDateService service, PageRequest r) {
        ShipDateView v = service.told(r.number("id"), r.number("lineKey"), (int) r.number("version"));
        return r.msg("shipDate.toldDone", v.lineNo());
    }

    /** @return whether planning commits ship dates for the document's lines (a sales order or contract in force) */
    static boolean plannable(org.neiqin.contracts.internal.DocumentView v) {
        return v.state() == org.neiqin.api.contracts.DocumentState.EFFECTIVE && ShipDateService.KINDS.contains(v.kind());
    }

    /** A document's "Ship dates" tab: each line's date promised and planning's answer; the forms while it is in force. */
    static void tab(PageRequest r, org.neiqin.contracts.internal.DocumentView v, List<ShipDateView> lines,
            SecurityService security, PageActions actions, List<Block> blocks) {
        if (!ShipDateService.KINDS.contains(v.kind())) {
            blocks.add(new Notice(Notice.Level.INFO, r.msg("shipDate.notForKind")));
            return;
        }
        blocks.add(new org.neiqin.api.console.Paragraph(r.msg("shipDate.explain")));
        lateNotices(r, lines, blocks);
        blocks.add(table(r, lines, false, null));
        if (plannable(v)) {
            forms(r, security, actions, v.id(), lines, blocks);
        } else {
            blocks.add(new Notice(Notice.Level.INFO, r.msg("shipDate.notInForce")));
        }
    }
}
