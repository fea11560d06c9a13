package org.neiqin.logistics.internal.console;

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
import org.neiqin.api.console.RecordHeader;
import org.neiqin.api.console.Table;
import org.neiqin.api.contracts.ContractDocument;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.console.PageActions;
import org.neiqin.kit.console.Progress;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Labels;
import org.neiqin.logistics.internal.CarrierService;
import org.neiqin.logistics.internal.LogisticsModule;
import org.neiqin.logistics.internal.Dispatch;
import org.neiqin.logistics.internal.Handover;
import org.neiqin.logistics.internal.NoteDrafts;
import org.neiqin.logistics.internal.NoteReader;
import org.neiqin.logistics.internal.PaymentGate;
import org.neiqin.logistics.internal.Shipment;
import org.neiqin.logistics.internal.Gate;
import org.neiqin.logistics.internal.NoteState;
import org.neiqin.logistics.internal.NoteView;
import org.neiqin.logistics.internal.ReturnService;
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
    /** With invoicing installed: the money the customer has on account, shown to finance at the gate. */
    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    private volatile org.neiqin.api.invoicing.MoneyReceived received;
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
                NoteView v = drafts.prepare(NoteForm.request(r));
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
                ReturnView v = returns.prepare(NoteReturns.giveBack(r));
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
                NoteView v = drafts.editShipping(r.number("id"), (int) r.number("version"), NoteForm.shipping(r));
                return new Action(LABEL + "?id=" + v.id(), r.msg("note.edited", v.code()));
            })
            .on(HANDOVER, r -> {
                NoteView v = handover.recordHandover(r.number("id"), (int) r.number("version"), r.param("carrierSignedBy"),
                        r.param("proof.filename"), r.file("proof"));
                return new Action(LABEL + "?id=" + v.id(), r.msg("note.handedOver", v.code()));
            })
            .on(TRACK, r -> {
                // the freight in the note's currency, as its goods
                String currency = notes.get(r.number("id")).amount().currency().getCurrencyCode();
                NoteView v = dispatch.track(r.number("id"), (int) r.number("version"),
                        Forms.choice(NoteState.class, "to", r.param("to")), r.param("reason"),
                        Forms.bind(Shipment.class, Forms.inCurrency(r::param, currency)));
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
        return Page.of(r.msg("note.newFor", doc.number(), doc.customerName()), back, pick, NoteForm.of(r, actions.field(PREPARE), doc, drafts.orderLines(doc),
                clock.today()));
    }

    private Page note(PageRequest r, NoteView v) {
        List<Block> blocks = new ArrayList<>();
        List<Link> links = new ArrayList<>(List.of(new Link(r.msg("notes.back"), NotesPage.LABEL)));
        if (security.isPermitted(r.actor(), "contracts.read")) {
            // the order it delivers on (contracts' page)
            links.add(new Link(r.msg("note.toOrder", v.documentNumber()), "neiqin-contract?id=" + v.document()));
        }
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
            org.neiqin.api.invoicing.MoneyReceived money = received;
            if (money != null && v.amount() != null) {
                // what invoicing knows of the money, for finance to sign against: the signature stays theirs
                org.neiqin.api.money.Money on = money.onAccount(v.customer(), v.amount().currency().getCurrencyCode());
                java.time.LocalDate last = money.lastReceived(v.customer());
                blocks.add(new Notice(on.compareTo(v.amount()) >= 0 ? Notice.Level.SUCCESS : Notice.Level.INFO,
                        r.msg(on.compareTo(v.amount()) >= 0 ? "note.moneyCovers" : "note.moneyShort", Cell.of(on).text(),
                                Cell.of(v.amount()).text(), last == null ? r.msg("note.moneyNever") : String.valueOf(last))));
            }
        }
        List<AuditEntry> history = new ArrayList<>(notes.history(v.id()));
        blocks.add(new RecordHeader(v.code(), Labels.choice(r, v.state()), tone(v.state()), List.of(
                new Properties.Property(r.msg("column.amount"), Cell.of(v.amount()).text()),
                new Properties.Property(r.msg("column.order"), v.documentNumber()),
                new Properties.Property(r.msg("field.promisedOn"), String.valueOf(v.promisedOn())))));
        if (v.state() != NoteState.CANCELLED) {
            blocks.add(Progress.timeline(r, history, PATH, step -> reached(v.state(), step),
                    v.late() ? NoteState.SHIPPED : null));
        }
        List<Properties.Property> p = new ArrayList<>();
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
        p.add(new Properties.Property(r.msg("column.amount"), Cell.of(v.amount()).text()));
        add(p, r.msg("field.financeSigned"), v.financeSignedBy() == null ? null : r.person(v.financeSignedBy()) + " " + r.time(v.financeSignedAt()));
        add(p, r.msg("field.exception"), v.exceptionReason() == null ? null : v.exceptionReason() + " — " + v.exceptionBy());
        add(p, r.msg("field.warehouseChecked"), v.warehouseCheckedBy() == null ? null
                : r.person(v.warehouseCheckedBy()) + " " + r.time(v.warehouseCheckedAt()));
        add(p, r.msg("field.carrier"), v.carrierName());
        add(p, r.msg("field.waybill"), v.waybill());
        add(p, r.msg("field.freight"), v.freight() == null ? null : Cell.of(v.freight()).text());
        add(p, r.msg("field.shippedAt"), v.shippedAt() == null ? null : r.time(v.shippedAt()));
        add(p, r.msg("field.carrierSigned"), v.carrierSignedBy() == null ? null : v.carrierSignedBy() + " " + r.time(v.carrierSignedAt()));
        add(p, r.msg("field.proof"), v.proofName());
        add(p, r.msg("field.credit"), v.creditCheck());
        add(p, r.msg("field.deliveredAt"), v.deliveredAt() == null ? null : r.time(v.deliveredAt()));
        add(p, r.msg("field.problem"), v.problem());
        add(p, r.msg("field.note"), v.note());
        p.add(new Properties.Property(r.msg("field.preparedBy"), r.person(v.createdBy()) + " " + r.time(v.createdAt())));
        blocks.add(new Properties(p));
        blocks.add(lines(r, v));
        new NoteSteps(r, v, security, carriers, actions).addTo(blocks);
        if (v.state().hasLeft()) {
            NoteReturns.blocks(r, v, returns.ofNote(v.id()), security.isPermitted(r.actor(), LogisticsModule.WRITE),
                    actions, blocks);
        }
        Collections.reverse(history);
        blocks.add(new Heading(r.msg("note.history")));
        blocks.add(new AuditTrail(history));
        return new Page(r.msg("note.title", v.code(), v.customerName()), blocks);
    }

    /** A note's usual way: prepared, reviewed, shipped, in transit, delivered. */
    private static final List<NoteState> PATH = List.of(NoteState.PREPARED, NoteState.REVIEWED, NoteState.SHIPPED,
            NoteState.IN_TRANSIT, NoteState.DELIVERED);

    /** @return whether a note in {@code state} has passed {@code step} of its way */
    static boolean reached(NoteState state, NoteState step) {
        switch (step) {
            case PREPARED:
                return true;
            case REVIEWED:
                return state == NoteState.REVIEWED || state.hasLeft();
            case SHIPPED:
                return state.hasLeft();
            case IN_TRANSIT:
                return state == NoteState.IN_TRANSIT || state == NoteState.EXCEPTION || state == NoteState.DELIVERED;
            default:
                return state == step;
        }
    }

    /** @return how a note's state reads at a glance */
    static RecordHeader.Tone tone(NoteState state) {
        switch (state) {
            case DELIVERED:
                return RecordHeader.Tone.GOOD;
            case CREDIT_HOLD:
            case EXCEPTION:
                return RecordHeader.Tone.BAD;
            case IN_REVIEW:
                return RecordHeader.Tone.WARN;
            case REVIEWED:
            case SHIPPED:
            case IN_TRANSIT:
                return RecordHeader.Tone.INFO;
            default:
                return RecordHeader.Tone.NEUTRAL;
        }
    }

    private static void add(List<Properties.Property> p, String name, String value) {
        if (value != null && !value.isBlank()) {
            p.add(new Properties.Property(name, value));
        }
    }

    @Override
    public Action submit(PageRequest r) {
        return actions.submit(r);
    }

    /** @return the note's lines: goods with their batch, price and amount, samples and gifts */
    static Table lines(PageRequest r, NoteView v) {
        List<List<Cell>> rows = new ArrayList<>();
        for (NoteView.Line l : v.lines()) {
            rows.add(List.of(Cell.of(l.lineNo()), Cell.of(Labels.choice(r, l.kind())), Cell.of(l.product()),
                    Cell.of(l.spec()), Cell.of(NoteForm.plain(l.quantity()) + (l.unit() == null ? "" : " " + l.unit())),
                    Cell.of(l.batch()), Cell.of(l.unitPrice()), Cell.of(l.amount())));
        }
        return new Table(List.of("#", r.msg("column.kind"), r.msg("column.product"), r.msg("column.spec"),
                r.msg("column.quantity"), r.msg("column.batch"), r.msg("column.unitPrice"), r.msg("column.amount")), rows,
                null, null);
    }
}
