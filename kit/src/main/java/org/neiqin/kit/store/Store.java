package org.neiqin.kit.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.neiqin.api.time.CompanyClock;
import org.neiqin.kit.query.ListQuery;

/**
 * A module's storage: its persistence unit, its id run, its audit chain and the event bus, with
 * the few steps every write is made of. A module makes one DS component of it (a subclass whose
 * constructor takes the references, targeting the module's unit and {@code SchemaReady}), and its
 * services take that component in their constructors:
 *
 * <pre>
 * return store.write(em -&gt; {
 *     VisitEntity v = store.create(em, new VisitEntity(...), actor);
 *     store.audit(em, ENTITY, v.customerId, AuditAction.CREATE, null, Forms.filled(data));
 *     store.event(CrmEvents.VISIT_PLANNED, actor).with(CrmEvents.CUSTOMER_ID, v.customerId).publish();
 *     return view(v);
 * });
 * </pre>
 * A record's life goes through three steps here and nowhere else: {@link #create} stamps and persists
 * it, {@link #touch} stamps a change, {@link #move} takes a state step its {@link Transitions} allows and
 * audits it as a transition with its reason. Dates and times come from the company clock
 * ({@link #today()}, {@link #now()}).
 */
public class Store {
    private final String module;
    private final IdRun run;
    private final JpaTemplate jpa;
    private final IdService ids;
    private final AuditService audit;
    private final EventPublisher events;
    private final CompanyClock clock;

    /**
     * @param module the module's id: its audit chain
     * @param run the module's id table and row
     */
    public Store(String module, IdRun run, JpaTemplate jpa, IdService ids, AuditService audit, EventPublisher events,
            CompanyClock clock) {
        this.module = module;
        this.run = run;
        this.jpa = jpa;
        this.ids = ids;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** @return the company clock */
    public CompanyClock clock() {
        return clock;
    }

    /** @return the company's date today */
    public LocalDate today() {
        return clock.today();
    }

    /** @return now, to the millisecond that every database keeps */
    public Instant now() {
        return clock.now();
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

    /** Stamps {@code row} as made now by {@code actor}, gives it a new id and persists it. */
    public <E extends Row & Stamped> E create(EntityManager em, E row, Actor actor) {
        row.stamps().created(now(), actor.name());
        return persist(em, row);
    }

    /** Stamps {@code row} as changed now by {@code actor}. */
    public void touch(Stamped row, Actor actor) {
        row.stamps().touched(now(), actor.name());
    }

    /** {@link #move(EntityManager, String, Stateful, Enum, Actor, String, Map)} with nothing more to record. */
    public <S extends Enum<S>> void move(EntityManager em, String entity, Stateful<S> row, S to, Actor actor,
            String reason) {
        move(em, entity, row, to, actor, reason, Map.of());
    }

    /**
     * Takes one step of the record's lifecycle: refuses a step it does not allow (409 {@code state},
     * nothing changed), else sets the state, stamps the change and audits it as a
     * {@link AuditAction#TRANSITION} from the old state to the new one, with the reason given (a
     * rejection's, a cancellation's) and what else the step recorded.
     *
     * @param reason why, in the user's words; {@code null} or blank when the step needs none
     * @param more what else the step set, for the audit entry (a carrier, a number); nulls left out
     */
    public <S extends Enum<S>> void move(EntityManager em, String entity, Stateful<S> row, S to, Actor actor,
            String reason, Map<String, ?> more) {
        S from = row.state();
        row.transitions().require(from, to, row.reference());
        row.state(to);
        touch(row, actor);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", to.name());
        more.forEach((k, v) -> {
            if (v != null) {
                after.put(k, v);
            }
        });
        if (reason != null && !reason.isBlank()) {
            after.put("reason", reason.trim());
        }
        audit(em, entity, row.id(), AuditAction.TRANSITION, Map.of("state", from.name()), after);
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
     * The history as a reader who may not see some fields reads it (a cost price, a margin): those fields' values are
     * left out of every entry, and an entry that changed nothing else is left out whole.
     *
     * @param hidden the fields the reader may not see; none: the whole history
     * @return the audit entries of one entity, oldest first
     * @since 1.1
     */
    public List<AuditEntry> history(String entity, Object entityId, java.util.Set<String> hidden) {
        List<AuditEntry> all = history(entity, entityId);
        if (hidden.isEmpty()) {
            return all;
        }
        List<AuditEntry> seen = new java.util.ArrayList<>();
        for (AuditEntry e : all) {
            String before = HiddenFields.without(e.oldValues(), hidden);
            String after = HiddenFields.without(e.newValues(), hidden);
            boolean emptied = e.action() == AuditAction.UPDATE && "{}".equals(after) && ("{}".equals(before) || before == null);
            if (!emptied) {
                seen.add(new AuditEntry(e.id(), e.chain(), e.seq(), e.at(), e.actor(), e.entity(), e.entityId(), e.action(),
                        before, after, e.hash()));
            }
        }
        return seen;
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

    /**
     * @return {@code query} with the parameters of a record scope's condition set ({@link
     *         org.neiqin.kit.query.Scopes#clause}, written into the query's text by the caller)
     * @since 0.5
     */
    public static <Q extends Query> Q bind(Q query, org.neiqin.kit.query.Scopes.Clause scope) {
        scope.params().forEach(query::setParameter);
        return query;
    }

    /** Runs the queries of a {@link ListQuery} with {@code em}. */
    public static ListQuery.Jpql jpql(EntityManager em) {
        return (query, params, first, max) -> {
            Query q = em.createQuery(query).setFirstResult(first).setMaxResults(max);
            params.forEach(q::setParameter);
            return q.getResultList();
        };
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
