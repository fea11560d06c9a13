package org.neiqin.logistics.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.Block;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Notice;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.crm.PaymentTerms;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.console.PageActions;
import org.neiqin.kit.form.Forms;
import org.neiqin.logistics.internal.CarrierService;
import org.neiqin.logistics.internal.CarrierView;
import org.neiqin.logistics.internal.DeliveryMethod;
import org.neiqin.logistics.internal.LineKind;
import org.neiqin.logistics.internal.LogisticsModule;
import org.neiqin.logistics.internal.NoteShipping;
import org.neiqin.logistics.internal.NoteState;
import org.neiqin.logistics.internal.NoteView;

/**
 * The steps a reader may take on a note, as forms: send for review and correct while prepared,
 * finance's signature and a manager's exception on a prepaid note, the warehouse check, shipping by a
 * usable carrier, tracking, withdrawal, the hand-over papers. Only the steps the note's state and the
 * reader's permissions allow are drawn.
 */
final class NoteSteps {
    private final PageRequest r;
    private final NoteView v;
    private final SecurityService security;
    private final CarrierService carriers;
    private final PageActions actions;

    NoteSteps(PageRequest r, NoteView v, SecurityService security, CarrierService carriers, PageActions actions) {
        this.r = r;
        this.v = v;
        this.security = security;
        this.carriers = carriers;
        this.actions = actions;
    }

    /** The forms of the steps this reader may take on the note now. */
    void addTo(List<Block> blocks) {
        boolean write = security.isPermitted(r.actor(), LogisticsModule.WRITE);
        boolean prepaid = v.paymentTerms() == PaymentTerms.PREPAYMENT;
        boolean waiting = !v.state().hasLeft() && v.state() != NoteState.CANCELLED;
        if (write && v.state() == NoteState.PREPARED) {
            blocks.add(step(NotePage.SUBMIT, r.msg("note.submit")));
            java.util.Map<String, String> now = Forms.strings(new NoteShipping(v.shipTo(), v.contact(), v.phone(),
                    v.deliveryMethod(), v.promisedOn(), v.expectedArrival(), v.note()));
            blocks.add(step(NotePage.EDIT, r.msg("note.edit"), NoteForm.shipping(r, name -> r.param(name) != null
                    ? r.param(name) : now.get(name)).toArray(new Field[0])));
        }
        if (prepaid && waiting && v.financeSignedBy() == null
                && security.isPermitted(r.actor(), LogisticsModule.FINANCE_SIGN)) {
            blocks.add(step(NotePage.SIGN, r.msg(v.exceptionReason() == null ? "note.sign" : "note.signException")));
        }
        if (prepaid && waiting && v.exceptionReason() == null && security.isPermitted(r.actor(), LogisticsModule.EXCEPTION)) {
            blocks.add(step(NotePage.ALLOW, r.msg("note.allow"),
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
                blocks.add(step(NotePage.WAREHOUSE, r.msg("note.warehouseCheck"), batches.toArray(new Field[0])));
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
            blocks.add(step(NotePage.TRACK, r.msg("note.to.SHIPPED"), Field.hidden("to", NoteState.SHIPPED.name()),
                    new Field("carrier", r.msg("field.carrier"), Field.Type.SELECT, r.param("carrier"), usable,
                            v.deliveryMethod() == DeliveryMethod.CARRIER),
                    Field.text("waybill", r.msg("field.waybill"), r.param("waybill")),
                    new Field("freight", r.msg("field.freight") + " (" + v.amount().currency().getCurrencyCode()
                            + ")", Field.Type.NUMBER, r.param("freight"), List.of(), false)));
        }
        for (NoteState to : List.of(NoteState.IN_TRANSIT, NoteState.DELIVERED)) {
            if (v.state().canGo(to)) {
                blocks.add(step(NotePage.TRACK, r.msg("note.to." + to.name()), Field.hidden("to", to.name())));
            }
        }
        if (v.state() == NoteState.PREPARED) {
            blocks.add(step(NotePage.TRACK, r.msg("note.to.CANCELLED"), Field.hidden("to", NoteState.CANCELLED.name())));
        } else if (v.state().canGo(NoteState.CANCELLED) && security.isPermitted(r.actor(), LogisticsModule.EXCEPTION)) {
            // a reviewed note is withdrawn by a manager, with the reason
            blocks.add(step(NotePage.TRACK, r.msg("note.to.CANCELLED"), Field.hidden("to", NoteState.CANCELLED.name()),
                    new Field("reason", r.msg("field.reason"), Field.Type.TEXT, null, List.of(), true)));
        }
        if (v.state().hasLeft()) {
            List<Field> handover = new ArrayList<>();
            if (v.carrierSignedBy() == null) {
                handover.add(Field.text("carrierSignedBy", r.msg("field.carrierSignedBy"), r.param("carrierSignedBy")));
            }
            handover.add(new Field("proof", r.msg(v.proofName() == null ? "field.proofUpload" : "field.proofReplace"),
                    Field.Type.FILE, null, List.of(), false));
            blocks.add(step(NotePage.HANDOVER, r.msg("note.handover"), handover.toArray(new Field[0])));
        }
        if (v.state().canGo(NoteState.EXCEPTION)) {
            blocks.add(step(NotePage.TRACK, r.msg("note.to.EXCEPTION"), Field.hidden("to", NoteState.EXCEPTION.name()),
                    new Field("reason", r.msg("field.problem"), Field.Type.TEXT, null, List.of(), true)));
        }
    }

    private Form step(String action, String label, Field... more) {
        List<Field> fields = new ArrayList<>(List.of(actions.field(action), Field.hidden("id", String.valueOf(v.id())),
                Field.hidden("version", String.valueOf(v.version()))));
        fields.addAll(List.of(more));
        return Form.action(label, fields);
    }
}
