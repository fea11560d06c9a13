package org.neiqin.crm.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.query.Scopes;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The living part of a customer file: visits and return calls, complaints and feedback,
 * licences and their expiry. Each change is audited on the customer's history.
 */
@Component(service = FollowUpService.class)
public class FollowUpService {
    private final CrmStore store;
    private final SecurityService security;

    @Activate
    public FollowUpService(@Reference CrmStore store, @Reference SecurityService security) {
        this.store = store;
        this.security = security;
    }

    // ---- visits ------------------------------------------------------------------------------

    public VisitView planVisit(long customerId, VisitData plan) {
        Actor actor = security.require(CrmModule.WRITE);
        Forms.require(Forms.check(plan));
        return store.write(em -> {
            CustomerEntity c = customer(em, customerId);
            VisitEntity v = new VisitEntity();
            v.customerId = customerId;
            v.kind = plan.kind();
            v.plannedOn = plan.plannedOn();
            v.goal = plan.goal();
            v.expectedQuestions = plan.expectedQuestions();
            v.salesperson = plan.salesperson() == null ? actor.name() : plan.salesperson();
            store.create(em, v, actor);
            store.audit(em, CrmModule.ENTITY, customerId, AuditAction.CREATE, null,
                    Map.of("visit planned", plan.kind() + " " + plan.plannedOn() + ": " + plan.goal()));
            return view(v, c);
        });
    }

    public VisitView reportVisit(long visitId, int version, VisitReport report) {
        Actor actor = security.require(CrmModule.WRITE);
        Forms.require(Forms.check(report));
        if (report.doneOn().isAfter(store.today())) {
            throw new ValidationException("doneOn", "past", Text.of("crm.visit.doneOn.future",
                    "a visit is reported once it has taken place"));
        }
        return store.write(em -> {
            VisitEntity v = Store.find(em, VisitEntity.class, visitId, "visit");
            ofCustomer(em, v, v.customerId, "visit", visitId);
            ConflictException.requireVersion(v.version(), version, "visit", v.reference());
            if (v.doneOn != null) {
                throw new ConflictException("reported", Text.of("crm.visit.reported", "visit {0} was already reported on {1}",
                        visitId, v.doneOn));
            }
            v.doneOn = report.doneOn();
            v.outcome = report.outcome();
            v.nextStep = report.nextStep();
            store.touch(v, actor);
            store.audit(em, CrmModule.ENTITY, v.customerId, AuditAction.UPDATE, null,
                    Map.of("visit reported", report.doneOn() + " by " + actor.name() + ": " + report.outcome()));
            return view(v, em.find(CustomerEntity.class, v.customerId));
        });
    }

    public List<VisitView> visits(long customerId) {
        security.require(CrmModule.READ);
        return store.read(em -> {
            CustomerEntity c = customer(em, customerId);
            return em.createQuery("select v from VisitEntity v where v.customerId = :c order by v.plannedOn desc, v.id desc",
                    VisitEntity.class).setParameter("c", customerId).getResultList().stream().map(v -> view(v, c))
                    .collect(Collectors.toList());
        });
    }

    /** @return planned visits and return calls whose day has passed without a report, oldest first. */
    /** Visits and return calls planned before today and not reported. */
    /** @return the company's date today: the forms' default date */
    public LocalDate today() {
        return store.today();
    }

    private static final String OVERDUE = "from VisitEntity v where v.doneOn is null and v.plannedOn < :today";
    /** Complaints not closed. */
    private static final String OPEN = "from ComplaintEntity e where e.status <> :closed";
    /** Licences of customers in use that expire by a day. */
    private static final String EXPIRING = "from LicenceEntity l, CustomerEntity c where c.id = l.customerId"
            + " and c.archived = false and l.expiresOn is not null and l.expiresOn <= :until";

    /** @return the follow-ups waiting, counted in the database (the home page's figures). */
    public FollowUpCounts counts(int days) {
        security.require(CrmModule.READ);
        Scopes.Clause visits = scoped("v.customerId");
        Scopes.Clause complaints = scoped("e.customerId");
        Scopes.Clause licences = scoped("l.customerId");
        return store.read(em -> new FollowUpCounts(
                Store.bind(em.createQuery("select count(v) " + OVERDUE + visits.jpql(), Long.class), visits)
                        .setParameter("today", store.today()).getSingleResult(),
                Store.bind(em.createQuery("select count(e) " + OPEN + complaints.jpql(), Long.class), complaints)
                        .setParameter("closed", ComplaintData.Status.CLOSED).getSingleResult(),
                Store.bind(em.createQuery("select count(l) " + EXPIRING + licences.jpql(), Long.class), licences)
                        .setParameter("until", store.today().plusDays(days)).getSingleResult()));
    }

    public List<VisitView> overdueVisits(int limit) {
        security.require(CrmModule.READ);
        Scopes.Clause scope = scoped("v.customerId");
        return store.read(em -> Store.bind(em.createQuery("select v " + OVERDUE + scope.jpql() + " order by v.plannedOn, v.id",
                VisitEntity.class), scope)
                .setParameter("today", store.today()).setMaxResults(limit).getResultList().stream()
                .map(v -> view(v, em.find(CustomerEntity.class, v.customerId))).collect(Collectors.toList()));
    }

    private VisitView view(VisitEntity v, CustomerEntity c) {
        return new VisitView(v.id, v.version, v.customerId, c.code, c.fullName,
                new VisitData(v.kind, v.plannedOn, v.goal, v.expectedQuestions, v.salesperson),
                v.doneOn == null ? null : new VisitReport(v.doneOn, v.outcome, v.nextStep),
                v.doneOn == null && v.plannedOn.isBefore(store.today()));
    }

    // ---- complaints --------------------------------------------------------------------------

    public ComplaintView logComplaint(long customerId, ComplaintData data) {
        Actor actor = security.require(CrmModule.WRITE);
        Forms.require(Forms.check(data));
        if (data.receivedOn().isAfter(store.today())) {
            throw new ValidationException("receivedOn", "past", Text.of("crm.complaint.receivedOn.future",
                    "a complaint cannot be received in the future"));
        }
        return store.write(em -> {
            CustomerEntity c = customer(em, customerId);
            ComplaintEntity e = new ComplaintEntity();
            e.customerId = customerId;
            e.kind = data.kind();
            e.receivedOn = data.receivedOn();
            e.description = data.description();
            e.assignee = data.assignee();
            e.status = ComplaintData.Status.OPEN;
            store.create(em, e, actor);
            store.audit(em, CrmModule.ENTITY, customerId, AuditAction.CREATE, null,
                    Map.of(data.kind() == ComplaintData.Kind.COMPLAINT ? "complaint logged" : "feedback logged",
                            data.description()));
            return view(e, c);
        });
    }

    /**
     * Records how a complaint is being handled (and by whom), or closes it with its resolution.
     *
     * @param resolution when given, the complaint is closed
     */
    public ComplaintView handleComplaint(long complaintId, int version, String assignee, String handling, String resolution) {
        Actor actor = security.require(CrmModule.WRITE);
        List<FieldError> errors = new java.util.ArrayList<>();
        limit(errors, "assignee", assignee, 60);
        limit(errors, "handling", handling, 2000);
        limit(errors, "resolution", resolution, 2000);
        if (blank(handling) && blank(resolution) && blank(assignee)) {
            errors.add(new FieldError("handling", "required", Text.of("crm.complaint.handling.required",
                    "say how it is handled, who handles it, or how it was resolved")));
        }
        Forms.require(errors);
        return store.write(em -> {
            ComplaintEntity e = Store.find(em, ComplaintEntity.class, complaintId, "complaint");
            ofCustomer(em, e, e.customerId, "complaint", complaintId);
            ConflictException.requireVersion(e.version(), version, "complaint", e.reference());
            if (e.status == ComplaintData.Status.CLOSED) {
                throw new ConflictException("closed", Text.of("crm.complaint.closed", "complaint {0} was closed on {1}",
                        complaintId, e.closedOn));
            }
            ComplaintData.Status before = e.status;
            if (!blank(assignee)) {
                e.assignee = assignee;
            }
            if (!blank(handling)) {
                e.handling = handling;
                e.status = ComplaintData.Status.IN_HANDLING;
            }
            if (!blank(resolution)) {
                e.resolution = resolution;
                e.status = ComplaintData.Status.CLOSED;
                e.closedOn = store.today();
            }
            store.touch(e, actor);
            store.audit(em, CrmModule.ENTITY, e.customerId, AuditAction.TRANSITION,
                    Map.of("complaint " + complaintId, before.name()),
                    Map.of("complaint " + complaintId, e.status.name() + (blank(resolution) ? "" : ": " + resolution)));
            return view(e, em.find(CustomerEntity.class, e.customerId));
        });
    }

    public List<ComplaintView> complaints(long customerId) {
        security.require(CrmModule.READ);
        return store.read(em -> {
            CustomerEntity c = customer(em, customerId);
            return em.createQuery("select e from ComplaintEntity e where e.customerId = :c order by e.receivedOn desc, e.id desc",
                    ComplaintEntity.class).setParameter("c", customerId).getResultList().stream().map(e -> view(e, c))
                    .collect(Collectors.toList());
        });
    }

    /** @return complaints not yet closed, oldest first. */
    public List<ComplaintView> openComplaints(int limit) {
        security.require(CrmModule.READ);
        Scopes.Clause scope = scoped("e.customerId");
        return store.read(em -> Store.bind(em.createQuery("select e " + OPEN + scope.jpql() + " order by e.receivedOn, e.id",
                ComplaintEntity.class), scope).setParameter("closed", ComplaintData.Status.CLOSED)
                .setMaxResults(limit).getResultList().stream().map(e -> view(e, em.find(CustomerEntity.class, e.customerId)))
                .collect(Collectors.toList()));
    }

    private static ComplaintView view(ComplaintEntity e, CustomerEntity c) {
        return new ComplaintView(e.id, e.version, e.customerId, c.code, c.fullName,
                new ComplaintData(e.kind, e.receivedOn, e.description, e.assignee), e.status, e.handling, e.resolution,
                e.closedOn);
    }

    // ---- licences ----------------------------------------------------------------------------

    public LicenceView addLicence(long customerId, LicenceData data) {
        security.require(CrmModule.WRITE);
        Forms.require(Forms.check(data));
        return store.write(em -> {
            CustomerEntity c = customer(em, customerId);
            LicenceEntity l = new LicenceEntity();
            l.customerId = customerId;
            l.name = data.name();
            l.number = data.number();
            l.expiresOn = data.expiresOn();
            l.verified = data.verified() == LicenceData.Verified.YES;
            store.persist(em, l);
            store.audit(em, CrmModule.ENTITY, customerId, AuditAction.UPDATE, null,
                    Map.of("licence added", data.name() + (data.expiresOn() == null ? "" : " until " + data.expiresOn())));
            return view(l, c);
        });
    }

    public List<LicenceView> licences(long customerId) {
        security.require(CrmModule.READ);
        return store.read(em -> {
            CustomerEntity c = customer(em, customerId);
            return em.createQuery("select l from LicenceEntity l where l.customerId = :c order by l.expiresOn, l.id",
                    LicenceEntity.class).setParameter("c", customerId).getResultList().stream().map(l -> view(l, c))
                    .collect(Collectors.toList());
        });
    }

    /** @return licences of active customers that expire within {@code days} (or have expired), soonest first. */
    public List<LicenceView> expiringLicences(int days) {
        security.require(CrmModule.READ);
        if (days < 0 || days > 3650) {
            throw new ValidationException("days", "range", Text.of("crm.licences.days", "days must be between 0 and 3650"));
        }
        Scopes.Clause scope = scoped("l.customerId");
        return store.read(em -> Store.bind(em.createQuery("select l " + EXPIRING + scope.jpql() + " order by l.expiresOn, l.id",
                LicenceEntity.class), scope).setParameter("until", store.today().plusDays(days))
                .setMaxResults(1000).getResultList().stream().map(l -> view(l, em.find(CustomerEntity.class, l.customerId)))
                .collect(Collectors.toList()));
    }

    private LicenceView view(LicenceEntity l, CustomerEntity c) {
        return new LicenceView(l.id, l.customerId, c.code, c.fullName, new LicenceData(l.name, l.number, l.expiresOn,
                l.verified ? LicenceData.Verified.YES : LicenceData.Verified.NO),
                l.expiresOn == null ? null : ChronoUnit.DAYS.between(store.today(), l.expiresOn));
    }

    // ---- helpers -----------------------------------------------------------------------------

    /** @return the card, when the caller's record scope reaches it; 404 as for no card otherwise */
    private CustomerEntity customer(EntityManager em, long id) {
        CustomerEntity c = Store.find(em, CustomerEntity.class, id, "customer");
        return Scopes.require(security.scope(), c, c.salesperson, c.region, "customer", id);
    }

    /** @return a visit, complaint or licence, when its customer is in the caller's scope; 404 as for none otherwise */
    private <E extends org.neiqin.kit.store.Versioned> E ofCustomer(EntityManager em, E row, long customerId, String what,
            long id) {
        CustomerEntity c = em.find(CustomerEntity.class, customerId);
        return Scopes.require(security.scope(), row, c == null ? null : c.salesperson, c == null ? null : c.region, what,
                id);
    }

    /**
     * @param customerId the path of the rows' customer id in the query
     * @return the caller's scope over the rows' customers, as a condition to append (empty for every record)
     */
    private Scopes.Clause scoped(String customerId) {
        org.neiqin.api.security.RecordScope scope = security.scope();
        if (scope.all()) {
            return new Scopes.Clause("", Map.of());
        }
        Scopes.Clause c = Scopes.clause(scope, "sc.salesperson", "sc.region");
        return new Scopes.Clause(" and exists (select sc.id from CustomerEntity sc where sc.id = " + customerId + " and "
                + c.jpql() + ")", c.params());
    }


    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void limit(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "maxLength", Text.of("crm.maxLength", "{0} may have at most {1} characters",
                    field, max)));
        }
    }
}
