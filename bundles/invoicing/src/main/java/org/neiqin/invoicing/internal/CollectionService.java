package org.neiqin.invoicing.internal;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.error.AccessDeniedException;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.money.Money;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.Roles;
import org.neiqin.api.security.SecurityService;
import org.neiqin.invoicing.internal.Ladder.Step;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The collection board: the steps of the ladder that wait for somebody (the back office: a reminder that could not be
 * mailed; the salesperson: an overdue report; either: a letter that could not be mailed, by post or fax), and doing
 * them. A salesperson sees the steps of their own invoices; a step of an invoice paid since waits for nobody.
 */
@Component(service = CollectionService.class)
public class CollectionService {
    /** What the board shows. */
    public enum Show {
        /** Steps waiting for somebody. */
        OPEN,
        /** Every step, the latest first. */
        ALL
    }

    private final InvoicingStore store;
    private final SecurityService security;

    @Activate
    public CollectionService(@Reference InvoicingStore store, @Reference SecurityService security) {
        this.store = store;
        this.security = security;
    }

    /** @return the steps, at most {@code limit}, those reached first first (open) or last first (all) */
    public List<CollectionStepView> board(Show show, int limit) {
        Actor actor = security.require(InvoicingModule.COLLECT);
        boolean own = ownOnly(actor);
        return store.read(em -> {
            StringBuilder q = new StringBuilder("select s from CollectionStepEntity s where 1 = 1");
            if (show == Show.OPEN) {
                q.append(" and s.doneAt is null");
            }
            if (own) {
                // a salesperson's own work is the overdue report and the letter (由销售专员); the reminders about their
                // invoices are the office's
                q.append(" and s.salesperson = :me");
                if (show == Show.OPEN) {
                    q.append(" and s.step in :theirs");
                }
            }
            q.append(show == Show.OPEN ? " order by s.reachedOn, s.dueDate, s.id" : " order by s.reachedOn desc, s.id desc");
            javax.persistence.TypedQuery<CollectionStepEntity> query = em.createQuery(q.toString(),
                    CollectionStepEntity.class);
            if (own) {
                query.setParameter("me", actor.name());
                if (show == Show.OPEN) {
                    query.setParameter("theirs", List.of(Step.REPORT, Step.LETTER));
                }
            }
            List<CollectionStepEntity> steps = query.setMaxResults(Math.max(1, Math.min(limit, 1000))).getResultList();
            List<CollectionStepView> out = views(em, steps);
            return show == Show.OPEN ? out.stream().filter(CollectionStepView::open).toList() : out;
        });
    }

    /** @return the ladder's steps of one invoice, in order (what its page shows) */
    public List<CollectionStepView> ofInvoice(long invoiceId) {
        security.require(InvoicingModule.READ);
        return store.read(em -> views(em, em.createQuery("select s from CollectionStepEntity s where s.invoiceId = :i"
                + " order by s.id", CollectionStepEntity.class).setParameter("i", invoiceId).getResultList()));
    }

    /** @return one step (its page on the board) */
    public CollectionStepView get(long id) {
        Actor actor = security.require(InvoicingModule.COLLECT);
        return store.read(em -> {
            CollectionStepEntity s = Store.find(em, CollectionStepEntity.class, id, "collection step");
            if (ownOnly(actor) && !actor.name().equals(s.salesperson)) {
                throw new org.neiqin.api.error.NotFoundException("collection step", id);
            }
            return views(em, List.of(s)).get(0);
        });
    }

    /**
     * @return how many steps wait for the caller to act (their home page): a salesperson's overdue reports, the office's
     *         reminders and letters that were not mailed
     */
    public int waiting() {
        Actor actor = security.require(InvoicingModule.COLLECT);
        boolean own = ownOnly(actor);
        return (int) board(Show.OPEN, 1000).stream().filter(v -> own || v.step() != Step.REPORT).count();
    }

    /** Whether {@code actor} may do step {@code s} by hand: the office any reminder or letter, a salesperson their letter. */
    private static boolean mayDo(Actor actor, CollectionStepEntity s) {
        return !ownOnly(actor) || s.step == Step.LETTER && actor.name().equals(s.salesperson);
    }

    /** A reminder or a letter done by hand (by phone, by post), with how. */
    public CollectionStepView done(long id, int version, StepDone data) {
        Actor actor = security.require(InvoicingModule.COLLECT);
        Forms.require(Forms.check(data));
        return store.write(em -> {
            CollectionStepEntity s = Store.load(em, CollectionStepEntity.class, id, version, "collection step");
            if (s.step == Step.REPORT) {
                throw new ConflictException("report", Text.of("invoicing.step.report",
                        "an overdue report is filed with its reason and the date the customer promised, not marked done"));
            }
            if (!mayDo(actor, s)) {
                throw new AccessDeniedException(Text.of("invoicing.step.backOffice",
                        "the back office reminds the salesperson, and the letter is the invoice's salesperson's or the"
                        + " office's: {0} is not yours", s.reference()));
            }
            open(em, s);
            s.doneBy = actor.name();
            s.doneAt = store.now();
            s.note = data.note().trim();
            store.audit(em, InvoicingModule.ENTITY, s.invoiceId, AuditAction.UPDATE, null, Map.of("collectionStep",
                    s.step.name(), "stepDone", s.note));
            return views(em, List.of(s)).get(0);
        });
    }

    /** The salesperson's overdue report (未回款报告单) on a REPORT step: the reason and the date the customer promised. */
    public CollectionStepView report(long id, int version, OverdueReport data) {
        Actor actor = security.require(InvoicingModule.COLLECT);
        Forms.require(Forms.check(data));
        if (data.promisedOn().isBefore(store.today())) {
            throw new ValidationException("promisedOn", "range", Text.of("invoicing.report.past",
                    "the date the customer promised to pay is today or later, not {0}", data.promisedOn()));
        }
        return store.write(em -> {
            CollectionStepEntity s = Store.load(em, CollectionStepEntity.class, id, version, "collection step");
            if (s.step != Step.REPORT) {
                throw new ConflictException("not-report", Text.of("invoicing.step.notReport",
                        "{0} is not an overdue report: mark it done with how it was done", s.reference()));
            }
            if (!actor.name().equals(s.salesperson) && !actor.hasAnyRole(java.util.Set.of(Roles.MANAGER, Roles.ADMIN))) {
                throw new AccessDeniedException(Text.of("invoicing.report.own",
                        "the overdue report of {0} is filed by its salesperson, {1}, or a manager", s.invoiceNumber,
                        s.salesperson));
            }
            open(em, s);
            s.reason = data.reason().trim();
            s.promisedOn = data.promisedOn();
            s.doneBy = actor.name();
            s.doneAt = store.now();
            store.audit(em, InvoicingModule.ENTITY, s.invoiceId, AuditAction.UPDATE, null, Map.of("collectionStep",
                    s.step.name(), "overdueReason", s.reason, "promisedOn", s.promisedOn.toString()));
            return views(em, List.of(s)).get(0);
        });
    }

    /** Refuses a step done already, or of an invoice paid since. */
    private static void open(EntityManager em, CollectionStepEntity s) {
        if (s.doneAt != null) {
            throw new ConflictException("done", Text.of("invoicing.step.done", "{0} was done by {1} already",
                    s.reference(), s.doneBy));
        }
        InvoiceEntity i = em.find(InvoiceEntity.class, s.invoiceId);
        if (Owing.left(em, List.of(i)).get(i.id).signum() <= 0) {
            throw new ConflictException("paid", Text.of("invoicing.step.paid",
                    "invoice {0} has been paid since: nothing more to do for it", s.invoiceNumber));
        }
    }

    /** Whether the caller sees and does only the steps of their own invoices (a salesperson). */
    private static boolean ownOnly(Actor actor) {
        return !actor.hasAnyRole(java.util.Set.of(Roles.ADMIN, Roles.MANAGER, Roles.ASSISTANT, Roles.FINANCE,
                Roles.AUDITOR));
    }

    private List<CollectionStepView> views(EntityManager em, List<CollectionStepEntity> steps) {
        Map<Long, InvoiceEntity> invoices = new HashMap<>();
        for (CollectionStepEntity s : steps) {
            invoices.computeIfAbsent(s.invoiceId, id -> em.find(InvoiceEntity.class, id));
        }
        Map<Long, BigDecimal> owing = Owing.left(em, invoices.values());
        java.time.LocalDate today = store.today();
        List<CollectionStepView> out = new ArrayList<>();
        for (CollectionStepEntity s : steps) {
            BigDecimal left = owing.get(s.invoiceId).max(BigDecimal.ZERO);
            out.add(new CollectionStepView(s.id, s.version, s.invoiceId, s.invoiceNumber, s.customerId, s.customerName,
                    s.salesperson, s.step, s.dueDate, s.reachedOn, Math.max(0, ChronoUnit.DAYS.between(s.dueDate, today)),
                    Money.of(s.owed, s.currency), Money.of(left, s.currency), s.mailState, s.mailTo, s.mailTries,
                    s.mailError, s.mailedAt, s.doneBy, s.doneAt, s.reason, s.promisedOn, s.note,
                    s.doneAt == null && left.signum() > 0));
        }
        return out;
    }
}
