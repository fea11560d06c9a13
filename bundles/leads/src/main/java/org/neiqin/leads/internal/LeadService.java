package org.neiqin.leads.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.api.leads.LeadsEvents;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.query.ListQuery;
import org.neiqin.kit.store.Store;
import org.neiqin.leads.internal.assign.Assignment;
import org.neiqin.leads.internal.calls.CallEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The leads: entered by hand (a call, a mail, a fair — a repeat becomes a touch on its lead), corrected, given to a
 * salesperson or put back in the pool, taken from the pool, moved through the stages. Every entry point (REST,
 * console, shell) comes here; the caller's permission first, the input next, then the change and its history in one
 * transaction.
 */
@Component(service = LeadService.class)
public class LeadService {
    private final LeadsStore store;
    private final SecurityService security;
    private final Inquiries inquiries;
    private final Assignment assignment;
    private final LeadAccess access;
    private final LeadViews views;

    @Activate
    public LeadService(@Reference LeadsStore store, @Reference SecurityService security,
            @Reference Inquiries inquiries, @Reference Assignment assignment, @Reference LeadAccess access,
            @Reference LeadViews views) {
        this.store = store;
        this.security = security;
        this.inquiries = inquiries;
        this.assignment = assignment;
        this.access = access;
        this.views = views;
    }

    /** What entering an inquiry made: a new lead, or a touch on the lead it repeats. */
    public record Entered(LeadView lead, boolean repeat) {
    }

    /**
     * Enters an inquiry by hand. A salesperson's new lead is their own; the office's goes by the rules, or to
     * {@code owner} when it names one.
     */
    public Entered create(LeadData data, String owner) {
        Actor actor = security.require(LeadsModule.WORK);
        boolean assigns = security.isPermitted(actor, LeadsModule.ASSIGN);
        String to = owner == null || owner.isBlank() ? (assigns ? null : actor.name()) : owner.trim();
        if (to != null && !to.equals(actor.name()) && !assigns) {
            security.require(LeadsModule.ASSIGN);
        }
        List<FieldError> errors = new ArrayList<>(LeadRules.check(data));
        errors.addAll(inquiries.regionProblems(data.region()));
        if (owner != null && !owner.isBlank()) {
            errors.addAll(assignment.unknown(to));
        }
        Forms.require(errors);
        assignment.prepare(to);
        return store.write(em -> {
            Inquiries.Result r = inquiries.record(em, new Inquiries.Inquiry(data.company(), data.contact(),
                    data.phone(), data.email(), data.region(), data.product(), null, data.source(),
                    data.sourceDetail(), data.message(), null), to, actor);
            em.flush();
            return new Entered(views.view(em, r.lead()), r.repeat());
        });
    }

    /** Corrects a lead's facts at the version loaded. */
    public LeadView update(long id, int version, LeadData data) {
        Actor actor = security.require(LeadsModule.WORK);
        List<FieldError> errors = new ArrayList<>(LeadRules.check(data));
        errors.addAll(inquiries.regionProblems(data.region()));
        Forms.require(errors);
        return store.write(em -> {
            LeadEntity e = Store.load(em, LeadEntity.class, id, version, "lead");
            access.requireWorker(actor, e);
            LeadData before = data(e);
            Forms.Changes changes = Forms.changes(before, data);
            if (!changes.isEmpty()) {
                Forms.copy(data, e);
                e.companyKey = Keys.company(e.company);
                e.phoneKey = Keys.phone(e.phone);
                e.emailKey = Keys.email(e.email);
                store.touch(e, actor);
                store.audit(em, LeadsModule.LEAD, id, AuditAction.UPDATE, changes.before(), changes.after());
            }
            return views.view(em, e);
        });
    }

    /** The office gives the lead to {@code login} (under their cap, active). */
    public LeadView assign(long id, int version, String login) {
        Actor actor = security.require(LeadsModule.ASSIGN);
        if (login == null || login.isBlank()) {
            Forms.require(List.of(new FieldError("owner", "required", Text.of("leads.assignTo",
                    "name the salesperson the lead goes to"))));
        }
        Forms.require(assignment.unknown(login.trim()));
        assignment.prepare(login.trim());
        return store.write(em -> {
            LeadEntity e = open(em, id, version);
            assignment.byHand(em, e, login.trim(), assignment.givenBy(actor.name()), actor);
            return views.view(em, e);
        });
    }

    /** A salesperson takes a lead from the public pool (under their cap). */
    public LeadView take(long id, int version) {
        Actor actor = security.require(LeadsModule.WORK);
        assignment.prepare(actor.name());
        return store.write(em -> {
            LeadEntity e = open(em, id, version);
            if (e.owner != null) {
                throw new ConflictException("owned", Text.of("leads.owned", "lead {0} is {1}'s already", e.code,
                        e.owner));
            }
            assignment.byHand(em, e, actor.name(), assignment.taken(), actor);
            return views.view(em, e);
        });
    }

    /** The owner (or the office) puts the lead back in the public pool, saying why. */
    public LeadView release(long id, int version, String reason) {
        Actor actor = security.require(LeadsModule.WORK);
        requireReason(reason, "reason");
        return store.write(em -> {
            LeadEntity e = open(em, id, version);
            access.requireWorker(actor, e);
            if (e.owner == null) {
                throw new ConflictException("pooled", Text.of("leads.alreadyPooled", "lead {0} is in the pool already",
                        e.code));
            }
            assignment.pool(em, e, assignment.givenBack(reason.trim()), actor);
            return views.view(em, e);
        });
    }

    /**
     * Moves the lead to {@code to}. Lost needs the reason (and may name the competitor who won it); won and lost free
     * the owner's place under their cap.
     */
    public LeadView stage(long id, int version, LeadStage to, String reason, String competitor) {
        Actor actor = security.require(LeadsModule.WORK);
        if (to == null) {
            Forms.require(List.of(new FieldError("stage", "required", Text.of("leads.stageTo",
                    "name the stage the lead moves to"))));
        }
        if (to == LeadStage.LOST) {
            requireReason(reason, "lostReason");
        }
        List<FieldError> errors = new ArrayList<>();
        if (reason != null && reason.length() > 500) {
            errors.add(new FieldError("lostReason", "max", Text.of("leads.reasonLong", "500 characters at most")));
        }
        if (competitor != null && competitor.length() > 100) {
            errors.add(new FieldError("competitor", "max", Text.of("leads.competitorLong", "100 characters at most")));
        }
        Forms.require(errors);
        return store.write(em -> {
            LeadEntity e = Store.load(em, LeadEntity.class, id, version, "lead");
            access.requireWorker(actor, e);
            LeadStage from = e.stage;
            e.transitions().require(from, to, e.code);
            Map<String, Object> extra = new java.util.LinkedHashMap<>();
            if (!to.open()) {
                assignment.closed(em, e);
                e.closedAt = store.now();
                e.daysToClose = (int) java.time.temporal.ChronoUnit.DAYS.between(store.clock().dateOf(
                        e.stamps.createdAt()), store.today());
                e.nextContactOn = null;
            }
            if (to == LeadStage.LOST) {
                e.lostReason = reason.trim();
                e.competitor = Forms.trimmed(competitor);
                extra.put("lostReason", e.lostReason);
                if (e.competitor != null) {
                    extra.put("competitor", e.competitor);
                }
            }
            store.move(em, LeadsModule.LEAD, e, to, actor, null, extra);
            store.event(LeadsEvents.STAGE_CHANGED, actor).with("id", e.id).with("code", e.code)
                    .with("from", from.name()).with("to", to.name()).publish();
            if (to == LeadStage.WON) {
                store.event(LeadsEvents.WON, actor).with("id", e.id).with("code", e.code)
                        .with("owner", e.owner == null ? "" : e.owner).publish();
            } else if (to == LeadStage.LOST) {
                store.event(LeadsEvents.LOST, actor).with("id", e.id).with("code", e.code)
                        .with("reason", e.lostReason).with("competitor", e.competitor == null ? "" : e.competitor)
                        .publish();
            }
            return views.view(em, e);
        });
    }

    public LeadView get(long id) {
        Actor actor = security.require(LeadsModule.READ);
        return store.read(em -> {
            LeadEntity e = Store.find(em, LeadEntity.class, id, "lead");
            access.requireVisible(actor, e);
            return views.view(em, e);
        });
    }

    /** @return one page of the leads the caller sees, and the size of the whole filtered list */
    public ListQuery.Page<LeadRow> list(LeadQuery q) {
        Actor actor = security.require(LeadsModule.READ);
        return store.read(em -> {
            ListQuery query = ListQuery.of("LeadEntity", "l")
                    .text(q.text(), "code", "company", "contact", "phone", "email")
                    .eq("stage", q.stage()).eq("source", q.source()).eq("region", q.region()).eq("owner", q.owner())
                    .isNull("owner", q.pool());
            if (q.pool()) {
                query.where("l.stage not in ('WON', 'LOST')");
            }
            if (q.due()) {
                query.where("l.nextContactOn <= :today", "today", store.today());
            }
            if (!access.seesAll(actor)) {
                query.where("(l.owner is null or l.owner = :me)", "me", actor.name());
            }
            return query.page(Store.jpql(em), LeadRow.COLUMNS, LeadRow::of, q.orderBy(), q.offset(), q.limit());
        });
    }

    /** @return the lead's changes, oldest first */
    public List<AuditEntry> history(long id) {
        get(id);
        return store.history(LeadsModule.LEAD, id);
    }

    /** @return the calls a lead had, newest first (for the intelligence and the lead's page) */
    static List<CallEntity> calls(EntityManager em, long leadId) {
        return em.createQuery("select c from CallEntity c where c.leadId = :l order by c.calledAt desc, c.id desc",
                CallEntity.class).setParameter("l", leadId).getResultList();
    }

    private LeadEntity open(EntityManager em, long id, int version) {
        LeadEntity e = Store.load(em, LeadEntity.class, id, version, "lead");
        if (!e.stage.open()) {
            throw new ConflictException("closed", Text.of("leads.closed", "lead {0} is {1}: it is no longer worked on",
                    e.code, e.stage));
        }
        return e;
    }

    private static void requireReason(String reason, String field) {
        if (reason == null || reason.isBlank()) {
            Forms.require(List.of(new FieldError(field, "required", Text.of("leads.reason", "say why"))));
        }
        if (reason.length() > 500) {
            Forms.require(List.of(new FieldError(field, "max", Text.of("leads.reasonLong", "500 characters at most"))));
        }
    }

    static LeadData data(LeadEntity e) {
        return new LeadData(e.company, e.contact, e.phone, e.email, e.region, e.product, e.source, e.sourceDetail,
                e.message);
    }
}
