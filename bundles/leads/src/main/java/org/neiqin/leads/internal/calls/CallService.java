package org.neiqin.leads.internal.calls;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.query.ListQuery;
import org.neiqin.kit.store.Store;
import org.neiqin.leads.internal.LeadAccess;
import org.neiqin.leads.internal.LeadEntity;
import org.neiqin.leads.internal.LeadSettings;
import org.neiqin.leads.internal.LeadStage;
import org.neiqin.leads.internal.LeadView;
import org.neiqin.leads.internal.LeadViews;
import org.neiqin.leads.internal.LeadsModule;
import org.neiqin.leads.internal.LeadsStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Calls and follow-ups (电话跟进): each resets the lead's follow-up clock (the next contact day, the reminders), the
 * first stamps the first response once (the earliest call wins), and a new lead becomes contacted. What was learned is
 * kept as market intelligence, searched and counted per region and topic.
 */
@Component(service = CallService.class)
public class CallService {
    private final LeadsStore store;
    private final SecurityService security;
    private final LeadSettings settings;
    private final LeadAccess access;
    private final LeadViews views;

    @Activate
    public CallService(@Reference LeadsStore store, @Reference SecurityService security,
            @Reference LeadSettings settings, @Reference LeadAccess access, @Reference LeadViews views) {
        this.store = store;
        this.security = security;
        this.settings = settings;
        this.access = access;
        this.views = views;
    }

    /** Logs a call on the lead (its owner, or the office). */
    public LeadView log(long leadId, CallData data) {
        Actor actor = security.require(LeadsModule.WORK);
        List<FieldError> errors = new ArrayList<>(Forms.check(data));
        LocalDate today = store.today();
        if (data.nextContactOn() != null && data.nextContactOn().isBefore(today)) {
            errors.add(new FieldError("nextContactOn", "past", Text.of("leads.call.past",
                    "the next call is today or later, not {0}", data.nextContactOn())));
        }
        if (data.learned() != null && !data.learned().isBlank() && data.topic() == null) {
            errors.add(new FieldError("topic", "required", Text.of("leads.call.topic",
                    "say what what was learned is about (market, competitor, policy ...)")));
        }
        Forms.require(errors);
        return store.write(em -> {
            // two calls logged at once on one lead: one after the other, each seeing the other's clock
            em.createQuery("update LeadEntity l set l.code = l.code where l.id = :id").setParameter("id", leadId)
                    .executeUpdate();
            LeadEntity e = Store.find(em, LeadEntity.class, leadId, "lead");
            access.requireWorker(actor, e);
            if (!e.stage.open()) {
                throw new org.neiqin.api.error.ConflictException("closed", Text.of("leads.closed",
                        "lead {0} is {1}: it is no longer worked on", e.code, e.stage));
            }
            Instant now = store.now();
            CallEntity c = new CallEntity();
            c.leadId = e.id;
            c.leadCode = e.code;
            c.region = e.region;
            c.calledAt = now;
            c.calledOn = today;
            c.caller = actor.name();
            c.outcome = data.outcome();
            c.topic = data.topic();
            c.learned = Forms.trimmed(data.learned());
            c.competitor = Forms.trimmed(data.competitor());
            c.nextContactOn = data.nextContactOn() != null ? data.nextContactOn()
                    : today.plusDays(settings.values().followUpDays());
            store.persist(em, c);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("call", c.outcome.name());
            after.put("nextContactOn", c.nextContactOn.toString());
            if (e.firstResponseAt == null || now.isBefore(e.firstResponseAt)) {
                e.firstResponseAt = now;
                Instant from = e.assignedAt != null ? e.assignedAt : e.stamps.createdAt();
                e.responseMinutes = (int) Math.max(0, java.time.Duration.between(from, now).toMinutes());
                after.put("firstResponseAt", now.toString());
            }
            e.lastContactAt = now;
            e.nextContactOn = c.nextContactOn;
            e.clockStep = 0;
            store.touch(e, actor);
            store.audit(em, LeadsModule.LEAD, e.id, AuditAction.UPDATE, null, after);
            if (e.stage == LeadStage.NEW) {
                store.move(em, LeadsModule.LEAD, e, LeadStage.CONTACTED, actor, null);
            }
            em.flush();
            return views.view(em, e);
        });
    }

    /** One piece of market intelligence: what a call learned. */
    public record Intelligence(long id, String leadCode, long leadId, String region, Instant at, String caller,
            Topic topic, String learned, String competitor) {
        static final String COLUMNS = "c.id, c.leadCode, c.leadId, c.region, c.calledAt, c.caller, c.topic, c.learned,"
                + " c.competitor";

        static Intelligence of(Object[] r) {
            return new Intelligence((Long) r[0], (String) r[1], (Long) r[2], (String) r[3], (Instant) r[4],
                    (String) r[5], (Topic) r[6], (String) r[7], (String) r[8]);
        }
    }

    /** @return what calls learned, newest first: by text, region, topic and days */
    public ListQuery.Page<Intelligence> intelligence(String text, String region, Topic topic, LocalDate from,
            LocalDate to, int offset, int limit) {
        security.require(LeadsModule.READ);
        return store.read(em -> ListQuery.of("CallEntity", "c").text(text, "learned", "competitor")
                .eq("region", region).eq("topic", topic).where("c.calledOn >= :from", "from", from)
                .where("c.calledOn <= :to", "to", to).where("c.learned is not null")
                .page(Store.jpql(em), Intelligence.COLUMNS, Intelligence::of, "c.calledAt desc, c.id desc", offset, limit));
    }

    /** @return how many pieces of intelligence each region has per topic in the days ({@code region → topic → n}) */
    public Map<String, Map<Topic, Long>> intelligenceCounts(LocalDate from, LocalDate to) {
        security.require(LeadsModule.READ);
        return store.read(em -> {
            Map<String, Map<Topic, Long>> out = new java.util.TreeMap<>();
            for (Object[] r : em.createQuery("select coalesce(c.region, ''), c.topic, count(c) from CallEntity c where"
                    + " c.learned is not null and c.calledOn >= :f and c.calledOn <= :t group by coalesce(c.region, ''), c.topic",
                    Object[].class).setParameter("f", from).setParameter("t", to).getResultList()) {
                out.computeIfAbsent((String) r[0], k -> new java.util.EnumMap<>(Topic.class)).put((Topic) r[1],
                        (Long) r[2]);
            }
            return out;
        });
    }
}
