package org.neiqin.logistics.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.persistence.EntityManager;

import org.neiqin.api.logistics.LogisticsEvents;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.RecordScope;
import org.neiqin.kit.query.Scopes;
import org.neiqin.kit.store.Store;

/** What every piece of the notes' work does alike: find a note, move it a step, tell other modules. */
final class Notes {
    private Notes() {
    }

    /** @return the note, when {@code scope} (the caller's record scope) reaches it; 404 as for none otherwise */
    static NoteEntity find(EntityManager em, long id, RecordScope scope) {
        NoteEntity e = Store.find(em, NoteEntity.class, id, "note");
        return Scopes.require(scope, e, e.salesperson, e.region, "note", id);
    }

    /** @return the note at {@code version}, when {@code scope} reaches it (checked first: 404, not 409) */
    static NoteEntity load(EntityManager em, long id, int version, RecordScope scope) {
        NoteEntity e = find(em, id, scope);
        ConflictException.requireVersion(e.version(), version, "note", e.reference());
        return e;
    }

    /** @return whether goods promised for {@code promised} are late: not gone, and the company's day has passed */
    static boolean late(NoteState state, LocalDate promised, LocalDate today) {
        return NoteState.WAITING.contains(state) && promised.isBefore(today);
    }

    /**
     * Takes one tracking or review step (NoteState.STEPS), noting when the goods left or arrived and
     * what went wrong, audited as a transition with its reason and, when they leave, the carrier.
     */
    static void move(LogisticsStore store, EntityManager em, NoteEntity e, NoteState to, Actor actor, String reason) {
        NoteState.STEPS.require(e.state, to, e.code);
        if (to == NoteState.SHIPPED) {
            e.shippedAt = store.now();
        } else if (to == NoteState.DELIVERED) {
            e.deliveredAt = store.now();
        }
        if (to == NoteState.EXCEPTION) {
            e.problem = reason.trim();
        }
        Map<String, Object> more = new LinkedHashMap<>();
        if (to == NoteState.SHIPPED) {
            more.put("carrier", e.carrierName);
            more.put("waybill", e.waybill);
            more.put("freight", e.freight == null ? null : e.freight.toPlainString() + " " + e.currency);
        }
        store.move(em, LogisticsModule.ENTITY, e, to, actor, reason, more);
    }

    /** @return one of {@link LogisticsEvents}' topics about {@code e}, to publish once the transaction commits */
    static Store.Event event(LogisticsStore store, String topic, NoteEntity e, Actor actor) {
        return store.event(topic, actor).with(LogisticsEvents.DOCUMENT_ID, String.valueOf(e.id))
                .with(LogisticsEvents.NUMBER, e.code).with(LogisticsEvents.ORDER_ID, e.documentId)
                .with(LogisticsEvents.ORDER_NUMBER, e.documentNumber).with(LogisticsEvents.CUSTOMER_ID, e.customerId)
                .with(LogisticsEvents.AMOUNT, e.amount.toPlainString()).with(LogisticsEvents.CURRENCY, e.currency);
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
