package org.neiqin.logistics.internal.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.neiqin.api.time.CompanyClock;
import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.console.Action;
import org.neiqin.api.console.AuditTrail;
import org.neiqin.api.console.Block;
import org.neiqin.api.console.Cell;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Heading;
import org.neiqin.api.console.Link;
import org.neiqin.api.console.Links;
import org.neiqin.api.console.Notice;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Properties;
import org.neiqin.api.console.Table;
import org.neiqin.api.contracts.ContractDocument;
import org.neiqin.api.crm.PaymentTerms;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.console.PageActions;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Labels;
import org.neiqin.logistics.internal.CarrierService;
import org.neiqin.logistics.internal.CarrierView;
import org.neiqin.logistics.internal.DeliveryMethod;
import org.neiqin.logistics.internal.LineKind;
import org.neiqin.logistics.internal.LogisticsModule;
import org.neiqin.logistics.internal.NoteRequest;
import org.neiqin.logistics.internal.OrderLine;
import org.neiqin.logistics.internal.Dispatch;
import org.neiqin.logistics.internal.Handover;
import org.neiqin.logistics.internal.NoteDrafts;
import org.neiqin.logistics.internal.NoteReader;
import org.neiqin.logistics.internal.PaymentGate;
import org.neiqin.logistics.internal.Shipment;
import org.neiqin.logistics.internal.Gate;
import org.neiqin.logistics.internal.NoteShipping;
import org.neiqin.logistics.internal.NoteState;
import org.neiqin.logistics.internal.NoteView;
import org.neiqin.logistics.internal.ReturnKind;
import org.neiqin.logistics.internal.ReturnRequest;
import org.neiqin.logistics.internal.ReturnService;
import org.neiqin.logistics.internal.ReturnState;
import org.neiqin.logistics.internal.ReturnView;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * One delivery note: what it ships, to whom, where it stands, the steps the reader may take (submit,
 * finance's signature, a manager's exception, tracking), its returns and exchanges once its goods have
 * left, and its history; or, for a new note, the
 * order's lines with what is left of each, a quantity and batch to fill in per line.
 */
@Component
public class NotePage implements ConsolePage {
    static final String LABEL = "neiqin-logistics-note";
    static final String PREPARE = "prepare";
    static final String SUBMIT = "submit";
    static final String SIGN = "financeSign";
    static final String ALLOW = "allowBeforePayment";
    static final String TRACK = "track";
    static final String WAREHOUSE = "warehouseCheck";
    static final String GIVE_BACK = "giveBack";
    static final String RETURN_SUBMIT = "returnSubmit";
    static final String RETURN_CANCEL = "returnCancel";
    static final String HANDOVER = "handover";
    static final String EDIT = "editShipping";

    @Reference
    private NoteReader notes;
    @Reference
    private NoteDrafts drafts;
    @Reference
    private PaymentGate gate;
    @Reference
    private Dispatch dispatch;
    @Reference
    private Handover handover;
    @Reference
    private ReturnService returns;
    @Reference
    private CarrierService carriers;
    @Reference
    private SecurityService security;
    @Reference
    private CompanyClock clock;

    private final PageActions actions = new PageActions()
            .on(PREPARE, r -> {
                NoteView v = drafts.prepare(request(r));
                return new Action(LABEL + "?id=" + v.id(), r.msg("note.prepared", v.code()));
            })
            .on(SUBMIT, r -> {
                NoteView v = drafts.submit(r.number("id"), (int) r.number("version"));
                return new Action(LABEL + "?id=" + v.id(), r.msg("note.submitted", v.code()));
            })
            .on(SIGN, r -> {
                NoteView v = gate.financeSign(r.number("id"), (int) r.number("version"));
                return new Action(LABEL + "?id=" + v.id(), r.msg("note.signed", v.code()));
            })
            .on(ALLOW, r -> {
                NoteView v = gate.allowBeforePayment(r.number("id"), (int) r.number("version"), r.param("reason"));
                return new Action(LABEL + "?id=" + v.id(), r.msg("note.allowed", v.code()));
            })
            .on(WAREHOUSE, r -> {
                java.util.Map<Integer, String> batches = new java.util.HashMap<>();
                for (String name : r.paramNames()) {
                    if (name.startsWith("batch.") && name.substring(6).matches("\\d{1,4}")) {
                        batches.put(Integer.valueOf(name.substring(6)), r.param(name));
                    }
                }
                NoteView v = dispatch.warehouseCheck(r.number("id"), (int) r.number("version"), batches);
                return new Action(LABEL + "?id=" + v.id(), r.msg("note.checked", v.code()));
            })
            .on(GIVE_BACK, r -> {
                ReturnView v = returns.prepare(giveBack(r));
                return new Action(LABEL + "?id=" + v.note(), r.msg("note.return.prepared", v.code()));
            })
            .on(RETURN_SUBMIT, r -> {
                ReturnView v = returns.submit(r.number("return"), (int) r.number("version"));
                return new Action(LABEL + "?id=" + v.note(), r.msg("note.return.submitted", v.code()));
            })
            .on(RETURN_CANCEL, r -> {
                ReturnView v = returns.cancel(r.number("return"), (int) r.number("version"));
                return new Action(LABEL + "?id=" + v.note(), r.msg("note.return.cancelled", v.code()));
            })
            .on(EDIT, r -> {
                NoteView v = drafts.editShipping(r.number("id"), (int) r.number("version"), new NoteShipping(
                        r.param("shipTo"), r.param("contact"), r.param("phone"),
                        Forms.choice(DeliveryMethod.class, "deliveryMethod", r.param("deliveryMethod")),
                        Forms.parse(LocalDate.class, "promisedOn", r.param("promisedOn")),
                        Forms.parse(LocalDate.class, "expectedArrival", r.param("expectedArrival")), r.param("note")));
                return new Action(LABEL + "?id=" + v.id(), r.msg("note.edited", v.code()));
            })
            .on(HANDOVER, r -> {
                NoteView v = handover.recordHandover(r.number("id"), (int) r.number("version"), r.param("carrierSignedBy"),
                        r.param("proof.filename"), r.file("proof"));
                return new Action(LABEL + "?id=" + v.id(), r.msg("note.handedOver", v.code()));
            })
            .on(TRACK, r -> {
                String carrier = r.param("carrier");
                String freight = r.param("freight");
                NoteView v = dispatch.track(r.number("id"), (int) r.number("version"),
                        Forms.choice(NoteState.class, "to", r.param("to")), r.param("reason"), new Shipment(
                                carrier == null || carrier.isBlank() ? null : Forms.parse(Long.class, "carrier", carrier),
                                r.param("waybill"), freight == null || freight.isBlank() ? null
                                        : Forms.parse(BigDecimal.class, "freight", freight)));
                return new Action(LABEL + "?id=" + v.id(), r.msg("note.moved", v.code(), Labels.choice(r, v.state())));
            });

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return NOT_IN_MENU; }

    @Override
    public String title() { return "Delivery note"; }

    @Override
    public String permission() { return LogisticsModule.READ; }

    @Override
    public Page render(PageRequest r) {
        if (r.param("id") != null && r.param("print") != null) {
            return NotePrint.render(r, notes.get(r.number("id")), r.param("print"), returns);
        }
        if (r.param("id") != null) {
            return note(r, notes.get(r.number("id")));
        }
        Links back = new Links(List.of(new Link(r.msg("notes.back"), NotesPage.LABEL)));
        if (!security.isPermitted(r.actor(), LogisticsModule.WRITE)) {
            return Page.of(r.msg("notes.prepare"), back, new Notice(Notice.Level.WARNING, r.msg("note.cannotPrepare")));
        }
        Form pick = Form.filter(r.msg("note.pickOrder"), List.of(Field.hidden("new", "1"),
                Field.text("order", r.msg("note.order"), r.param("order"))));
        if (r.param("order") == null || r.param("order").isBlank()) {
            return Page.of(r.msg("notes.prepare"), back, pick);
        }
        ContractDocument doc = drafts.order(r.param("order"));
        return Page.of(r.msg("note.newFor", doc.number(), doc.customerName()), back, pick, newNote(r, doc));
    }

    private Form newNote(PageRequest r, ContractDocument doc) {
        List<Field> fields = new ArrayList<>();
        fields.add(actions.field(PREPARE));
        fields.add(Field.hidden("document", String.valueOf(doc.id())));
        for (OrderLine l : drafts.orderLines(doc)) {
            String what = l.line().lineNo() + ". " + l.line().product() + (l.line().spec() == null ? "" : " " + l.line().spec())
                    + " — " + r.msg("note.left", plain(l.remaining()), l.line().unit(), plain(l.line().quantity()),
                            plain(l.onNotes())) + (l.returned().signum() > 0 ? r.msg("note.returned", plain(l.returned())) : "");
            fields.add(new Field("qty." + l.line().id(), what, Field.Type.NUMBER, r.param("qty." + l.line().id()),
                    List.of(), false));
            fields.add(Field.text("batch." + l.line().id(), r.msg("note.batch"), r.param("batch." + l.line().id())));
        }
        fields.add(new Field("extras", r.msg("note.extras"), Field.Type.TEXTAREA, r.param("extras"), List.of(), false));
        fields.add(Field.text("shipTo", r.msg("field.shipTo"), r.param("shipTo")));
        fields.add(Field.text("contact", r.msg("field.contact"), r.param("contact")));
        fields.add(Field.text("phone", r.msg("field.phone"), r.param("phone")));
        fields.add(new Field("deliveryMethod", r.msg("field.deliveryMethod"), Field.Type.SELECT, r.param("deliveryMethod"),
                Labels.options(r, DeliveryMethod.class, false), true));
        fields.add(new Field("promisedOn", r.msg("field.promisedOn"), Field.Type.DATE,
                r.param("promisedOn") == null ? clock.today().toString() : r.param("promisedOn"), List.of(), true));
        fields.add(new Field("expectedArrival", r.msg("field.expectedArrival"), Field.Type.DATE, r.param("expectedArrival"),
                List.of(), false));
        fields.add(Field.text("note", r.msg("field.note"), r.param("note")));
        return Form.action(r.msg("note.prepare"), fields);
    }

    /** The note the form describes: a line per order line given a quantity, then the extras, one per text line. */
    private static NoteRequest request(PageRequest r) {
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
                } catch (org.neiqin.api.error.ValidationException e) {
                    errors.addAll(e.errors());
                }
            }
        }
        lines.sort(java.util.Comparator.comparing(NoteRequest.Line::line));
        String extras = r.param("extras");
        if (extras != null) {
            int n = 0;
            for (String row : extras.split("\\R")) {
                n++;
                if (row.isBlank()) {
                    continue;
                }
                String[] c = row.split("\\|", -1);
                String field = "extras";
                try {
                    LineKind kind = c.length > 3 && !c[3].isBlank() ? Forms.choice(LineKind.class, field, c[3].trim())
                            : LineKind.SAMPLE;
                    lines.add(new NoteRequest.Line(null, kind, c[0].trim(), null, c.length > 2 ? c[2].trim() : null,
                            c.length > 1 ? Forms.parse(BigDecimal.class, field, c[1].trim()) : null, null));
                } catch (org.neiqin.api.error.ValidationException e) {
                    errors.add(new FieldError(field, "format", Text.of("logistics.extras.row",
                            "row {0}: write product | quantity | unit | SAMPLE, GIFT or MATERIAL", n)));
                }
            }
        }
        Forms.require(errors);
        return new NoteRequest(Long.valueOf(r.number("document")), r.param("shipTo"), r.param("contact"), r.param("phone"),
                Forms.choice(DeliveryMethod.class, "deliveryMethod", r.param("deliveryMethod")),
                Forms.parse(LocalDate.class, "promisedOn", r.param("promisedOn")),
                Forms.parse(LocalDate.class, "expectedArrival", r.param("expectedArrival")), r.param("note"), lines);
    }

    private Page note(PageRequest r, NoteView v) {
        List<Block> blocks = new ArrayList<>();
        List<Link> links = new ArrayList<>(List.of(new Link(r.msg("notes.back"), NotesPage.LABEL)));
        if (NotePrint.printable(v.state())) {
            links.add(new Link(r.msg("print.note"), LABEL + "?id=" + v.id() + "&print=" + NotePrint.NOTE));
            links.add(new Link(r.msg("print.outSlip"), LABEL + "?id=" + v.id() + "&print=" + NotePrint.OUT_SLIP));
        }
        if (v.proofName() != null) {
            links.add(new Link(r.msg("note.proofDownload", v.proofName()), "/neiqin/api/logistics/notes/" + v.id() + "/proof"));
        }
        blocks.add(new Links(links));
        if (v.state() == NoteState.CREDIT_HOLD) {
            blocks.add(new Notice(Notice.Level.WARNING, r.msg("note.creditHold", v.creditCheck())));
        }
        if (v.late()) {
            blocks.add(new Notice(Notice.Level.WARNING, r.msg("note.late", v.promisedOn())));
        }
        if (v.gate() == Gate.HELD && !v.state().hasLeft() && v.state() != NoteState.CANCELLED) {
            blocks.add(new Notice(Notice.Level.WARNING, r.msg("note.held")));
        }
        List<Properties.Property> p = new ArrayList<>();
        p.add(new Properties.Property(r.msg("column.state"), Labels.choice(r, v.state())));
        p.add(new Properties.Property(r.msg("column.order"), v.documentNumber()));
        p.add(new Properties.Property(r.msg("column.customerName"), v.customerName()));
        p.add(new Properties.Property(r.msg("field.paymentTerms"), Labels.choice(r, v.paymentTerms())));
        p.add(new Properties.Property(r.msg("column.gate"), r.msg("gate." + v.gate())));
        add(p, r.msg("field.shipTo"), v.shipTo());
        add(p, r.msg("field.contact"), v.contact());
        add(p, r.msg("field.phone"), v.phone());
        p.add(new Properties.Property(r.msg("field.deliveryMethod"), Labels.choice(r, v.deliveryMethod())));
        p.add(new Properties.Property(r.msg("field.promisedOn"), String.valueOf(v.promisedOn())));
        add(p, r.msg("field.expectedArrival"), v.expectedArrival() == null ? null : v.expectedArrival().toString());
        p.add(new Properties.Property(r.msg("column.amount"), String.valueOf(v.amount())));
        add(p, r.msg("field.financeSigned"), v.financeSignedBy() == null ? null : v.financeSignedBy() + " " + r.time(v.financeSignedAt()));
        add(p, r.msg("field.exception"), v.exceptionReason() == null ? null : v.exceptionReason() + " — " + v.exceptionBy());
        add(p, r.msg("field.warehouseChecked"), v.warehouseCheckedBy() == null ? null
                : v.warehouseCheckedBy() + " " + r.time(v.warehouseCheckedAt()));
        add(p, r.msg("field.carrier"), v.carrierName());
        add(p, r.msg("field.waybill"), v.waybill());
        add(p, r.msg("field.freight"), v.freight() == null ? null : String.valueOf(v.freight()));
        add(p, r.msg("field.shippedAt"), v.shippedAt() == null ? null : r.time(v.shippedAt()));
        add(p, r.msg("field.carrierSigned"), v.carrierSignedBy() == null ? null : v.carrierSignedBy() + " " + r.time(v.carrierSignedAt()));
        add(p, r.msg("field.proof"), v.proofName());
        add(p, r.msg("field.credit"), v.creditCheck());
        add(p, r.msg("field.deliveredAt"), v.deliveredAt() == null ? null : r.time(v.deliveredAt()));
        add(p, r.msg("field.problem"), v.problem());
        add(p, r.msg("field.note"), v.note());
        p.add(new Properties.Property(r.msg("field.preparedBy"), v.createdBy() + " " + r.time(v.createdAt())));
        blocks.add(new Properties(p));
        List<List<Cell>> rows = new ArrayList<>();
        for (NoteView.Line l : v.lines()) {
            rows.add(List.of(Cell.of(l.lineNo()), Cell.of(Labels.choice(r, l.kind())), Cell.of(l.product()),
                    Cell.of(l.spec()), Cell.of(plain(l.quantity()) + (l.unit() == null ? "" : " " + l.unit())),
                    Cell.of(l.batch()), Cell.of(l.unitPrice()), Cell.of(l.amount())));
        }
        blocks.add(new Table(List.of("#", r.msg("column.kind"), r.msg("column.product"), r.msg("column.spec"),
                r.msg("column.quantity"), r.msg("column.batch"), r.msg("column.unitPrice"), r.msg("column.amount")), rows,
                null, null));
        steps(r, v, blocks);
        if (v.state().hasLeft()) {
            returns(r, v, blocks);
        }
        List<AuditEntry> history = new ArrayList<>(notes.history(v.id()));
        Collections.reverse(history);
        blocks.add(new Heading(r.msg("note.history")));
        blocks.add(new AuditTrail(history));
        return new Page(r.msg("note.title", v.code(), v.customerName()), blocks);
    }

    /** The forms of the steps this reader may take on the note now. */
    private void steps(PageRequest r, NoteView v, List<Block> blocks) {
        boolean write = security.isPermitted(r.actor(), LogisticsModule.WRITE);
        boolean prepaid = v.paymentTerms() == PaymentTerms.PREPAYMENT;
        boolean waiting = !v.state().hasLeft() && v.state() != NoteState.CANCELLED;
        if (write && v.state() == NoteState.PREPARED) {
            blocks.add(step(r, v, SUBMIT, r.msg("note.submit")));
            blocks.add(step(r, v, EDIT, r.msg("note.edit"),
                    Field.text("shipTo", r.msg("field.shipTo"), v.shipTo()),
                    Field.text("contact", r.msg("field.contact"), v.contact()),
                    Field.text("phone", r.msg("field.phone"), v.phone()),
                    new Field("deliveryMethod", r.msg("field.deliveryMethod"), Field.Type.SELECT, v.deliveryMethod().name(),
                            Labels.options(r, DeliveryMethod.class, false), true),
                    new Field("promisedOn", r.msg("field.promisedOn"), Field.Type.DATE, String.valueOf(v.promisedOn()),
                            List.of(), true),
                    new Field("expectedArrival", r.msg("field.expectedArrival"), Field.Type.DATE,
                            v.expectedArrival() == null ? null : v.expectedArrival().toString(), List.of(), false),
                    Field.text("note", r.msg("field.note"), v.note())));
        }
        if (prepaid && waiting && v.financeSignedBy() == null
                && security.isPermitted(r.actor(), LogisticsModule.FINANCE_SIGN)) {
            blocks.add(step(r, v, SIGN, r.msg(v.exceptionReason() == null ? "note.sign" : "note.signException")));
        }
        if (prepaid && waiting && v.exceptionReason() == null && security.isPermitted(r.actor(), LogisticsModule.EXCEPTION)) {
            blocks.add(step(r, v, ALLOW, r.msg("note.allow"),
                    new Field("reason", r.msg("field.reason"), Field.Type.TEXT, null, List.of(), true)));
        }
        if (v.state() == NoteState.REVIEWED && v.warehouseCheckedBy() == null) {
            blocks.add(new Notice(Notice.Level.INFO, r.msg("note.waitsForWarehouse")));
            if (security.isPermitted(r.actor(), LogisticsModule.WAREHOUSE)) {
                List<Field> batches = new ArrayList<>();
                for (NoteView.Line l : v.lines()) {
                    if (l.kind() == LineKind.GOODS) {
                        batches.add(Field.text("batch." + l.lineNo(), r.msg("note.batchOf", l.lineNo(), l.product()),
                                l.batch()));
                    }
                }
                blocks.add(step(r, v, WAREHOUSE, r.msg("note.warehouseCheck"), batches.toArray(new Field[0])));
            }
        }
        if (!write) {
            return;
        }
        if (v.state().canGo(NoteState.SHIPPED) && v.warehouseCheckedBy() != null) {
            List<Field.Option> usable = new ArrayList<>();
            usable.add(new Field.Option("", ""));
            for (CarrierView c : carriers.list()) {
                if (c.usableToday()) {
                    usable.add(new Field.Option(String.valueOf(c.id()), c.name()));
                }
            }
            blocks.add(step(r, v, TRACK, r.msg("note.to.SHIPPED"), Field.hidden("to", NoteState.SHIPPED.name()),
                    new Field("carrier", r.msg("field.carrier"), Field.Type.SELECT, r.param("carrier"), usable,
                            v.deliveryMethod() == DeliveryMethod.CARRIER),
                    Field.text("waybill", r.msg("field.waybill"), r.param("waybill")),
                    new Field("freight", r.msg("field.freight"), Field.Type.NUMBER, r.param("freight"), List.of(), false)));
        }
        for (NoteState to : List.of(NoteState.IN_TRANSIT, NoteState.DELIVERED)) {
            if (v.state().canGo(to)) {
                blocks.add(step(r, v, TRACK, r.msg("note.to." + to.name()), Field.hidden("to", to.name())));
            }
        }
        if (v.state() == NoteState.PREPARED) {
            blocks.add(step(r, v, TRACK, r.msg("note.to.CANCELLED"), Field.hidden("to", NoteState.CANCELLED.name())));
        } else if (v.state().canGo(NoteState.CANCELLED) && security.isPermitted(r.actor(), LogisticsModule.EXCEPTION)) {
            // a reviewed note is withdrawn by a manager, with the reason
            blocks.add(step(r, v, TRACK, r.msg("note.to.CANCELLED"), Field.hidden("to", NoteState.CANCELLED.name()),
                    new Field("reason", r.msg("field.reason"), Field.Type.TEXT, null, List.of(), true)));
        }
        if (v.state().hasLeft()) {
            List<Field> handover = new ArrayList<>();
            if (v.carrierSignedBy() == null) {
                handover.add(Field.text("carrierSignedBy", r.msg("field.carrierSignedBy"), r.param("carrierSignedBy")));
            }
            handover.add(new Field("proof", r.msg(v.proofName() == null ? "field.proofUpload" : "field.proofReplace"),
                    Field.Type.FILE, null, List.of(), false));
            blocks.add(step(r, v, HANDOVER, r.msg("note.handover"), handover.toArray(new Field[0])));
        }
        if (v.state().canGo(NoteState.EXCEPTION)) {
            blocks.add(step(r, v, TRACK, r.msg("note.to.EXCEPTION"), Field.hidden("to", NoteState.EXCEPTION.name()),
                    new Field("reason", r.msg("field.problem"), Field.Type.TEXT, null, List.of(), true)));
        }
    }

    /** The note's returns and exchanges, the steps on those still prepared, and the form of a new one. */
    private void returns(PageRequest r, NoteView v, List<Block> blocks) {
        boolean write = security.isPermitted(r.actor(), LogisticsModule.WRITE);
        List<ReturnView> all = returns.ofNote(v.id());
        if (all.isEmpty() && !write) {
            return;
        }
        blocks.add(new Heading(r.msg("note.returns")));
        List<List<Cell>> rows = new ArrayList<>();
        for (ReturnView b : all) {
            StringBuilder what = new StringBuilder();
            for (ReturnView.Line l : b.lines()) {
                what.append(what.length() == 0 ? "" : "; ").append(l.noteLine()).append(". ").append(l.product()).append(' ')
                        .append(plain(l.quantity())).append(l.unit() == null ? "" : " " + l.unit());
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
                    receipts.add(new Link(r.msg("print.receipt", b.code()), LABEL + "?id=" + v.id() + "&print="
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
                for (String action : List.of(RETURN_SUBMIT, RETURN_CANCEL)) {
                    blocks.add(Form.action(r.msg("note." + action, b.code()), List.of(actions.field(action),
                            Field.hidden("id", String.valueOf(v.id())), Field.hidden("return", String.valueOf(b.id())),
                            Field.hidden("version", String.valueOf(b.version())))));
                }
            }
        }
        List<Field> fields = new ArrayList<>(List.of(actions.field(GIVE_BACK), Field.hidden("id", String.valueOf(v.id()))));
        fields.add(new Field("kind", r.msg("field.kind"), Field.Type.SELECT, r.param("kind"),
                Labels.options(r, ReturnKind.class, false), true));
        fields.add(new Field("reason", r.msg("field.reason"), Field.Type.TEXT, r.param("reason"), List.of(), true));
        for (NoteView.Line l : v.lines()) {
            if (l.kind() == LineKind.GOODS) {
                fields.add(new Field("back." + l.lineNo(), r.msg("note.return.line", l.lineNo(), l.product(),
                        plain(l.quantity()), l.unit() == null ? "" : l.unit()), Field.Type.NUMBER, r.param("back." + l.lineNo()),
                        List.of(), false));
            }
        }
        blocks.add(Form.action(r.msg("note.return.prepare"), fields));
    }

    /** The return the form describes: a line per line of the note given a quantity. */
    private static ReturnRequest giveBack(PageRequest r) {
        List<FieldError> errors = new ArrayList<>();
        List<ReturnRequest.Line> lines = new ArrayList<>();
        for (String name : r.paramNames()) {
            if (name.startsWith("back.") && name.substring(5).matches("\\d{1,4}") && r.param(name) != null
                    && !r.param(name).isBlank()) {
                try {
                    lines.add(new ReturnRequest.Line(Integer.valueOf(name.substring(5)),
                            Forms.parse(BigDecimal.class, name, r.param(name))));
                } catch (org.neiqin.api.error.ValidationException e) {
                    errors.addAll(e.errors());
                }
            }
        }
        Forms.require(errors);
        lines.sort(java.util.Comparator.comparing(ReturnRequest.Line::noteLine));
        return new ReturnRequest(r.number("id"), Forms.choice(ReturnKind.class, "kind", r.param("kind")), r.param("reason"),
                lines);
    }

    private Form step(PageRequest r, NoteView v, String action, String label, Field... more) {
        List<Field> fields = new ArrayList<>(List.of(actions.field(action), Field.hidden("id", String.valueOf(v.id())),
                Field.hidden("version", String.valueOf(v.version()))));
        fields.addAll(List.of(more));
        return Form.action(label, fields);
    }

    private static void add(List<Properties.Property> p, String name, String value) {
        if (value != null && !value.isBlank()) {
            p.add(new Properties.Property(name, value));
        }
    }

    private static String plain(BigDecimal b) {
        return b == null ? "" : b.stripTrailingZeros().toPlainString();
    }

    @Override
    public Action submit(PageRequest r) {
        return actions.submit(r);
    }
}
