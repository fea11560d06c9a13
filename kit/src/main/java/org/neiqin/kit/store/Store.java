package org.neiqin.kit.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.audit.AuditService;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.NotFoundException;
import org.neiqin.api.event.EventPublisher;
import org.neiqin.api.event.NeiqinEvents;
import org.neiqin.api.ids.IdRun;
import org.neiqin.api.ids.IdService;
import org.neiqin.api.security.Actor;
import org.neiqin.kit.query.ListQuery;

/**
 * A module's storage: its persistence unit, its id run, its audit chain and the event bus, with
 * the few steps every write is made of. A module makes one DS component of it (a subclass whose
 * constructor takes the references, targeting the module's unit and {@code SchemaReady}), and its
 * services take that component in their constructors:
 *
 * <pre>
 * return store.write(em -&gt; {
 *     VisitEntity v = store.persist(em, new VisitEntity(...));
 *     store.audit(em, ENTITY, v.customerId, AuditAction.CREATE, null, Forms.filled(data));
 *     store.event(CrmEvents.VISIT_PLANNED, actor).with(CrmEvents.CUSTOMER_ID, v.customerId).publish();
 *     return view(v);
 * });
 * </pre>
 */
public class Store {
    private final String module;
    private final IdRun run;
    private final JpaTemplate jpa;
    private final IdService ids;
    private final AuditService audit;
    private final EventPublisher events;

    /**
     * @param module the module's id: its audit chain
     * @param run the module's id table and row
     */
    public Store(String module, IdRun run, JpaTemplate jpa, IdService ids, AuditService audit, EventPublisher events) {
        this.module = module;
        this.run = run;
        this.jpa = jpa;
        this.ids = ids;
        this.audit = audit;
        this.events = events;
    }

    /** Runs {@code work} in the caller's transaction, or in none: reads. */
    public <R> R read(EmFunction<R> work) {
        return jpa.txExpr(TransactionType.Supports, work);
    }

    /** Runs {@code work} in the caller's transaction, or in a new one that commits when it returns. */
    public <R> R write(EmFunction<R> work) {
        return jpa.txExpr(TransactionType.Required, work);
    }

    /** {@link #read} for work that answers nothing (a report that fills its own lists). */
    public void reading(EmConsumer work) {
        jpa.tx(TransactionType.Supports, work);
    }

    /** {@link #write} for work that answers nothing (a review outcome, a scheduled job). */
    public void run(EmConsumer work) {
        jpa.tx(TransactionType.Required, work);
    }

    /** @return a new id from the module's id run */
    public long nextId() {
        return ids.next(run);
    }

    /** Gives {@code row} a new id and persists it. */
    public <E extends Row> E persist(EntityManager em, E row) {
        row.assignId(nextId());
        em.persist(row);
        return row;
    }

    /**
     * Flushes the change (so that a refused change fails before its entry is written) and records
     * its audit entry in the module's chain, committed or rolled back with it.
     *
     * @param before the fields before (only the changed ones for an update); {@code null} for a create
     */
    public void audit(EntityManager em, String entity, Object entityId, AuditAction action, Map<String, ?> before,
            Map<String, ?> after) {
        em.flush();
        audit.record(module, entity, String.valueOf(entityId), action, before, after);
    }

    /**
     * Lets go of what a long write (an import) has done so far, so that its memory does not grow with
     * the number of records: writes the changes and empties the persistence context (entities read
     * before are detached), and appends the audit entries recorded so far to the module's chain (which
     * stays locked from then until the commit). Call it every few hundred records.
     */
    public void release(EntityManager em) {
        em.flush();
        em.clear();
        audit.flush();
    }

    /** @return the audit entries of one entity, oldest first */
    public List<AuditEntry> history(String entity, Object entityId) {
        return audit.history(entity, String.valueOf(entityId));
    }

    /**
     * @param what how users call the row ({@code customer}, {@code visit}): the message and its key
     *        ({@code notFound.<what>}) name it
     * @return the row
     * @throws NotFoundException 404 when there is none
     */
    public static <E> E find(EntityManager em, Class<E> type, Object id, String what) {
        E e = em.find(type, id);
        if (e == null) {
            throw new NotFoundException(what, id);
        }
        return e;
    }

    /**
     * @param version the version the user loaded
     * @return the row, still at that version
     * @throws NotFoundException 404 when there is none
     * @throws ConflictException 409 {@code stale} when someone changed it since
     */
    public static <E extends Versioned> E load(EntityManager em, Class<E> type, Object id, int version, String what) {
        E e = find(em, type, id, what);
        ConflictException.requireVersion(e.version(), version, what, e.reference());
        return e;
    }

    /** Runs the queries of a {@link ListQuery} with {@code em}. */
    public static ListQuery.Jpql jpql(EntityManager em) {
        return (query, params, first, max) -> {
            Query q = em.createQuery(query).setFirstResult(first).setMaxResults(max);
            params.forEach(q::setParameter);
            return q.getResultList();
        };
    }

    /** @return now, to the millisecond that every database keeps */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * An event to publish; inside a transaction it is heard only once the transaction commits.
     *
     * @param actor who did it ({@link NeiqinEvents#ACTOR})
     */
    public Event event(String topic, Actor actor) {
        return new Event(topic).with(NeiqinEvents.ACTOR, actor.name());
    }

    /** An event being filled in; {@link #publish()} sends it. */
    public final class Event {
        private final String topic;
        private final Map<String, Object> properties = new HashMap<>();

        private Event(String topic) {
            this.topic = topic;
        }

        /** Adds a property; a {@code null} value is left out (event properties cannot be null). */
        public Event with(String key, Object value) {
            if (value != null) {
                properties.put(key, value);
            }
            return this;
        }

        public void publish() {
            events.publish(topic, properties);
        }
    }
}
