package org.neiqin.logistics.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.contracts.FulfilmentLedger;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.logistics.LogisticsEvents;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.form.Forms;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Goods leaving and on their way: the warehouse's check (仓库核实出货), then tracking (货物跟踪). A
 * note ships in this order of checks: the step is one its states allow, the payment gate is open, the
 * warehouse has checked it, the carrier is usable on the day. A note not yet gone may be cancelled with
 * a reason, which gives its quantities back to the order.
 */
@Component(service = Dispatch.class)
public class Dispatch {
    private final LogisticsStore store;
    private final SecurityService security;
    private final PaymentGate gate;
    private final Legality legality;
    private final NoteReader reader;
    private final FulfilmentLedger ledger;

    @Activate
    public Dispatch(@Reference LogisticsStore store, @Reference SecurityService security, @Reference PaymentGate gate, @Reference Legality legality,
            @Reference NoteReader reader, @Reference FulfilmentLedger ledger) {
        this.store = store;
        this.security = security;
        this.gate = gate;
        this.legality = legality;
        this.reader = reader;
        this.ledger = ledger;
    }

    /**
     * The warehouse's check before the goods leave: product, specification, batch numbers and quality
     * status match the note. Only a reviewed note is checked; the warehouse writes down the batch numbers
     * it picked ({@code batches}: line number → batches, replacing what the note said), and every line of
     * goods must name its batches by then.
     */
    public NoteView warehouseCheck(long id, int version, Map<Integer, String> batches) {
        Actor actor = security.require(LogisticsModule.WAREHOUSE);
        Map<Integer, String> given = batches == null ? Map.of() : batches;
        Forms.require(NoteRules.batches(given));
        return store.write(em -> {
            NoteEntity e = Notes.load(em, id, version, security.scope());
            if (e.state != NoteState.REVIEWED || e.warehouseCheckedBy != null) {
                throw new ConflictException("state", Text.of("logistics.warehouse.state",
                        "{0} is {1}: the warehouse checks a reviewed note once, before it ships", e.code, e.state));
            }
            List<NoteLineEntity> lines = em.createQuery("select l from NoteLineEntity l where l.noteId = :n",
                    NoteLineEntity.class).setParameter("n", e.id).getResultList();
            for (Integer lineNo : given.keySet()) {
                if (lineNo == null || lineNo < 1 || lineNo > lines.size()) {
                    throw new ValidationException("batches", "unknown", Text.of("logistics.warehouse.noLine",
                            "{0} has no line {1}", e.code, lineNo));
                }
            }
            for (NoteLineEntity l : lines) {
                String b = given.get(l.lineNo);
                if (b != null && !b.isBlank()) {
                    l.batch = b.trim();
                }
            }
            em.flush();
            List<Integer> noBatch = em.createQuery("select l.lineNo from NoteLineEntity l where l.noteId = :n and l.kind = :g"
                    + " and (l.batch is null or l.batch = '') order by l.lineNo", Integer.class).setParameter("n", e.id)
                    .setParameter("g", LineKind.GOODS).getResultList();
            if (!noBatch.isEmpty()) {
                throw new ConflictException("batch", Text.of("logistics.warehouse.batch",
                        "{0}: lines {1} name no batch numbers; the warehouse checks goods against their batches", e.code,
                        noBatch.toString()));
            }
            Map<String, Object> before = new LinkedHashMap<>();
            before.put("warehouseCheckedBy", null);
            e.warehouseCheckedBy = actor.name();
            e.warehouseCheckedAt = store.now();
            store.touch(e, actor);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("warehouseCheckedBy", actor.name());
            given.forEach((k, v) -> after.put("batch." + k, v));
            store.audit(em, LogisticsModule.ENTITY, e.id, AuditAction.UPDATE, before, after);
            return reader.view(em, e);
        });
    }

    /** {@link #track(long, int, NoteState, String, Shipment)} with nothing said of the shipment. */
    public NoteView track(long id, int version, NoteState to, String reason) {
        return track(id, version, to, reason, Shipment.NONE);
    }

    /**
     * Moves a note along its tracking steps: shipped (past the payment gate and the warehouse check, by a
     * usable carrier when it goes by one), in transit, delivered, exception (with a reason), cancelled (a
     * note not yet gone, giving its quantities back; once reviewed, only by a manager and with a reason).
     */
    public NoteView track(long id, int version, NoteState to, String reason, Shipment shipment) {
        Actor actor = security.require(LogisticsModule.WRITE);
        Shipment how = shipment == null ? Shipment.NONE : shipment;
        Forms.require(NoteRules.track(to, reason, how));
        return store.write(em -> {
            NoteEntity e = Notes.load(em, id, version, security.scope());
            NoteState.STEPS.require(e.state, to, e.code);
            if (to == NoteState.CANCELLED && e.state != NoteState.PREPARED) {
                security.require(LogisticsModule.EXCEPTION);
                Forms.require(NoteRules.reason(reason, Text.of("logistics.cancel.reason",
                        "say why a reviewed note is cancelled")));
            }
            if (to == NoteState.SHIPPED) {
                gate.require(e);
                legality.require(em, e);
                if (e.warehouseCheckedBy == null) {
                    throw new ConflictException("warehouseCheck", Text.of("logistics.warehouse.missing",
                            "{0}: the warehouse has not yet confirmed that the goods, batches and quality match the note",
                            e.code));
                }
                ship(em, e, how);
            }
            Notes.move(store, em, e, to, actor, reason);
            if (to == NoteState.SHIPPED) {
                // what left counts as delivered on the order, in the same transaction
                ledger.delivered(LogisticsModule.ID, e.documentId, e.amount);
            }
            String topic = to == NoteState.SHIPPED ? LogisticsEvents.SHIPPED : to == NoteState.DELIVERED
                    ? LogisticsEvents.DELIVERED : to == NoteState.EXCEPTION ? LogisticsEvents.EXCEPTION : null;
            if (topic != null) {
                Notes.event(store, topic, e, actor).with(LogisticsEvents.REASON, reason == null ? "" : reason.trim())
                        .publish();
            }
            return reader.view(em, e);
        });
    }

    /** Notes the carrier, waybill and freight of goods leaving. */
    private void ship(javax.persistence.EntityManager em, NoteEntity e, Shipment how) {
        // the freight is in the note's currency, as its goods are
        Forms.require(Forms.inCurrency(how, e.currency));
        if (how.carrier() == null && e.deliveryMethod == DeliveryMethod.CARRIER) {
            throw new ValidationException("carrier", "required", Text.of("logistics.ship.carrier",
                    "{0} goes by a logistics company: name the one that carries it", e.code));
        }
        if (how.carrier() != null) {
            CarrierEntity c = em.find(CarrierEntity.class, how.carrier());
            if (c == null) {
                throw new ValidationException("carrier", "unknown", Text.of("logistics.carrier.unknown",
                        "there is no logistics company {0} in the register", how.carrier()));
            }
            CarrierService.requireUsable(c, store.today());
            e.carrierId = c.id;
            e.carrierName = c.name;
        }
        e.waybill = Forms.trimmed(how.waybill());
        e.freight = how.freight() == null ? null : how.freight().amount();
    }
}
