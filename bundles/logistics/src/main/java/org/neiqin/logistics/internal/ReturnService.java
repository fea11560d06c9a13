package org.neiqin.logistics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javax.persistence.EntityManager;

import org.neiqin.api.contracts.FulfilmentLedger;
import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.FieldConflictException;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.logistics.LogisticsEvents;
import org.neiqin.api.money.Money;
import org.neiqin.api.numbering.NumberingService;
import org.neiqin.api.review.ReviewService;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.review.ReviewRef;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Returns and exchanges (退换货) of goods that left on a delivery note: prepared against the note's
 * lines, reviewed by a second person; accepted, their quantities are off what was delivered of the
 * order's lines (the schedule shows it, and that much may ship again: an exchange's replacement goes
 * on a new note). What comes back of a line never exceeds what the note shipped of it, counted across
 * every return not cancelled, also when two are prepared at once.
 */
@Component(service = ReturnService.class)
public class ReturnService {

    private final LogisticsStore store;
    private final SecurityService security;
    private final NumberingService numbering;
    private final ReviewService reviews;
    private final FulfilmentLedger ledger;

    private final org.neiqin.kit.store.LockRows<LineLockEntity> locks;

    @Activate
    public ReturnService(@Reference LogisticsStore store, @Reference SecurityService security,
            @Reference NumberingService numbering, @Reference ReviewService reviews, @Reference FulfilmentLedger ledger) {
        this.store = store;
        this.locks = Allocation.lockRows(store);
        this.security = security;
        this.numbering = numbering;
        this.reviews = reviews;
        this.ledger = ledger;
    }

    /** Prepares a return of goods of a note that has left. */
    public ReturnView prepare(ReturnRequest r) {
        Actor actor = security.require(LogisticsModule.WRITE);
        Forms.require(NoteRules.check(r));
        return store.write(em -> {
            NoteEntity note = em.find(NoteEntity.class, r.note());
            // a note outside the caller's record scope is as if there were none
            if (note == null || !security.scope().covers(note.salesperson, note.region)) {
                throw new ValidationException("note", "unknown", Text.of("logistics.return.noNote",
                        "there is no delivery note {0}", r.note()));
            }
            if (!note.state.hasLeft()) {
                throw new ConflictException("state", Text.of("logistics.return.notLeft",
                        "{0} is {1}: only goods that have left can come back (cancel a note that has not shipped)",
                        note.code, note.state));
            }
            Map<Integer, NoteLineEntity> noteLines = new HashMap<>();
            for (NoteLineEntity l : em.createQuery("select l from NoteLineEntity l where l.noteId = :n",
                    NoteLineEntity.class).setParameter("n", note.id).getResultList()) {
                noteLines.put(l.lineNo, l);
            }
            List<FieldError> unknown = new ArrayList<>();
            for (int i = 0; i < r.lines().size(); i++) {
                NoteLineEntity l = noteLines.get(r.lines().get(i).noteLine());
                if (l == null || l.kind != LineKind.GOODS) {
                    unknown.add(new FieldError("lines[" + i + "].noteLine", "unknown", Text.of("logistics.return.noLine",
                            "{0} has no line of goods {1}", note.code, r.lines().get(i).noteLine())));
                }
            }
            Forms.require(unknown);
            TreeSet<Long> orderLines = new TreeSet<>();
            r.lines().forEach(l -> orderLines.add(noteLines.get(l.noteLine()).contractLineId));
            // the same rows notes lock: a return and a note for one order line wait for each other
            locks.lock(em, orderLines);
            Map<Long, BigDecimal> back = takenBack(em, noteLines.values().stream().map(l -> l.id).toList());
            List<FieldError> over = new ArrayList<>();
            for (int i = 0; i < r.lines().size(); i++) {
                NoteLineEntity l = noteLines.get(r.lines().get(i).noteLine());
                BigDecimal already = back.getOrDefault(l.id, BigDecimal.ZERO);
                BigDecimal left = NoteRules.returnable(l.quantity, already);
                if (r.lines().get(i).quantity().compareTo(left) > 0) {
                    over.add(new FieldError("lines[" + i + "].quantity", "returnable", Text.of("logistics.return.over",
                            "line {0} ({1}): only {2} {3} can come back (shipped {4}, on returns {5})", l.lineNo,
                            l.product, left.toPlainString(), l.unit == null ? "" : l.unit,
                            l.quantity.stripTrailingZeros().toPlainString(), already.stripTrailingZeros().toPlainString())));
                }
            }
            if (!over.isEmpty()) {
                throw new FieldConflictException("returnable", over);
            }
            ReturnEntity e = new ReturnEntity();
            e.kind = r.kind();
            e.state = ReturnState.PREPARED;
            e.noteId = note.id;
            e.noteCode = note.code;
            e.documentId = note.documentId;
            e.documentNumber = note.documentNumber;
            e.customerName = note.customerName;
            e.reason = r.reason().trim();
            e.currency = note.currency;
            e.amount = BigDecimal.ZERO.setScale(2);
            e.code = numbering.next(LogisticsModule.RETURN_NUMBERING, store.today(), Map.of());
            store.create(em, e, actor);
            for (ReturnRequest.Line rl : r.lines()) {
                NoteLineEntity l = noteLines.get(rl.noteLine());
                ReturnLineEntity line = new ReturnLineEntity();
                line.returnId = e.id;
                line.noteLineId = l.id;
                line.noteLineNo = l.lineNo;
                line.contractLineId = l.contractLineId;
                line.product = l.product;
                line.unit = l.unit;
                line.quantity = rl.quantity();
                line.amount = l.unitPrice == null ? BigDecimal.ZERO.setScale(2)
                        : l.unitPrice.multiply(rl.quantity()).setScale(2, RoundingMode.HALF_UP);
                e.amount = e.amount.add(line.amount);
                store.persist(em, line);
            }
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("code", e.code);
            summary.put("kind", e.kind.name());
            summary.put("note", e.noteCode);
            summary.put("amount", e.amount.toPlainString() + " " + e.currency);
            summary.put("reason", e.reason);
            store.audit(em, LogisticsModule.RETURN_ENTITY, e.id, AuditAction.CREATE, null, summary);
            return view(em, e);
        });
    }

    /** @return how much of each of the note's lines returns not cancelled take back */
    private static Map<Long, BigDecimal> takenBack(EntityManager em, List<Long> noteLines) {
        Map<Long, BigDecimal> out = new HashMap<>();
        if (noteLines.isEmpty()) {
            return out;
        }
        for (Object[] row : em.createQuery("select l.noteLineId, sum(l.quantity) from ReturnLineEntity l, ReturnEntity r"
                + " where r.id = l.returnId and r.state <> :cancelled and l.noteLineId in :ids group by l.noteLineId",
                Object[].class).setParameter("cancelled", ReturnState.CANCELLED).setParameter("ids", noteLines)
                .getResultList()) {
            out.put((Long) row[0], (BigDecimal) row[1]);
        }
        return out;
    }

    /** Sends a prepared return to review: a second person must accept it. */
    public ReturnView submit(long id, int version) {
        Actor actor = security.require(LogisticsModule.WRITE);
        return store.write(em -> {
            ReturnEntity e = visible(em, id, version);
            move(em, e, ReturnState.IN_REVIEW, actor, null);
            ReviewRef.of(LogisticsModule.RETURN_REVIEW, e.id).submit(reviews, Text.of("logistics.return.review",
                    "Return {0} of {1} for {2}", e.code, e.noteCode, e.customerName), Money.of(e.amount, e.currency));
            return view(em, e);
        });
    }

    /** Cancels a prepared return: what it would take back is free again. */
    public ReturnView cancel(long id, int version) {
        Actor actor = security.require(LogisticsModule.WRITE);
        return store.write(em -> {
            ReturnEntity e = visible(em, id, version);
            move(em, e, ReturnState.CANCELLED, actor, null);
            return view(em, e);
        });
    }

    /** The review's outcome: approved, the return is accepted; rejected, it goes back to its preparer. */
    void reviewed(long id, boolean approved, Actor actor, String reason) {
        store.run(em -> {
            ReturnEntity e = Store.find(em, ReturnEntity.class, id, "return");
            move(em, e, approved ? ReturnState.ACCEPTED : ReturnState.PREPARED, actor, reason);
            if (approved) {
                // what came back no longer counts as delivered on the order, in the same transaction
                ledger.delivered(LogisticsModule.ID, e.documentId, e.amount.negate());
                Notes.event(store, LogisticsEvents.RETURNED, em.find(NoteEntity.class, e.noteId), actor)
                        .with(LogisticsEvents.RETURN_NUMBER, e.code).publish();
            }
        });
    }

    private void move(EntityManager em, ReturnEntity e, ReturnState to, Actor actor, String reason) {
        store.move(em, LogisticsModule.RETURN_ENTITY, e, to, actor, reason);
    }

    public ReturnView get(long id) {
        security.require(LogisticsModule.READ);
        return store.read(em -> view(em, visible(em, id, null)));
    }

    /**
     * @param version the version the user loaded, or null for a read
     * @return the return, when the caller's record scope reaches its note (checked first: 404, not 409)
     */
    private ReturnEntity visible(EntityManager em, long id, Integer version) {
        ReturnEntity e = Store.find(em, ReturnEntity.class, id, "return");
        NoteEntity n = em.find(NoteEntity.class, e.noteId);
        org.neiqin.kit.query.Scopes.require(security.scope(), e, n == null ? null : n.salesperson,
                n == null ? null : n.region, "return", id);
        if (version != null) {
            ConflictException.requireVersion(e.version(), version, "return", e.reference());
        }
        return e;
    }

    /** @return the returns of a delivery note, oldest first */
    public List<ReturnView> ofNote(long noteId) {
        security.require(LogisticsModule.READ);
        return store.read(em -> {
            NoteEntity note = em.find(NoteEntity.class, noteId);
            if (note != null && !security.scope().covers(note.salesperson, note.region)) {
                return List.<ReturnView>of(); // a note outside the caller's scope has no returns to show them
            }
            List<ReturnView> out = new ArrayList<>();
            for (ReturnEntity e : em.createQuery("select r from ReturnEntity r where r.noteId = :n order by r.id",
                    ReturnEntity.class).setParameter("n", noteId).getResultList()) {
                out.add(view(em, e));
            }
            return out;
        });
    }

    /** @return the return's latest review round, if it was sent for review */
    public List<org.neiqin.api.review.Review> reviews(long id) {
        get(id);
        return ReviewRef.of(LogisticsModule.RETURN_REVIEW, id).latest(reviews).map(List::of).orElse(List.of());
    }

    /** @return the return's changes, oldest first */
    public List<AuditEntry> history(long id) {
        get(id);
        return store.history(LogisticsModule.RETURN_ENTITY, id);
    }

    static ReturnView view(EntityManager em, ReturnEntity e) {
        List<ReturnView.Line> lines = new ArrayList<>();
        for (ReturnLineEntity l : em.createQuery("select l from ReturnLineEntity l where l.returnId = :r order by l.noteLineNo",
                ReturnLineEntity.class).setParameter("r", e.id).getResultList()) {
            lines.add(new ReturnView.Line(l.noteLineNo, l.contractLineId, l.product, l.unit, l.quantity.stripTrailingZeros(),
                    Money.of(l.amount, e.currency)));
        }
        return new ReturnView(e.id, e.code, e.version, e.kind, e.state, e.noteId, e.noteCode, e.documentId,
                e.documentNumber, e.customerName, e.reason, Money.of(e.amount, e.currency), lines, e.stamps.createdAt(),
                e.stamps.createdBy(), e.stamps.updatedAt(), e.stamps.updatedBy());
    }
}
