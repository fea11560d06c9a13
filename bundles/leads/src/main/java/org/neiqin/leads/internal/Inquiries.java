package org.neiqin.leads.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.leads.LeadsEvents;
import org.neiqin.api.numbering.NumberingService;
import org.neiqin.api.security.Actor;
import org.neiqin.kit.form.Forms;
import org.neiqin.leads.internal.assign.Assignment;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * An inquiry, however it came (the public form, or entered by hand from a call, a mail, a fair): a repeat of an open
 * lead's — the same phone, e-mail or company as the settings say, within the window since its last inquiry — becomes a
 * touch on it; anything else a new lead, given by the assignment rules or put in the pool. In the caller's transaction.
 */
@Component(service = Inquiries.class)
public class Inquiries {
    private final LeadsStore store;
    private final LeadSettings settings;
    private final NumberingService numbering;
    private final Assignment assignment;
    @Reference
    private org.neiqin.api.people.RegionNames regions;

    @Activate
    public Inquiries(@Reference LeadsStore store, @Reference LeadSettings settings,
            @Reference NumberingService numbering, @Reference Assignment assignment) {
        this.store = store;
        this.settings = settings;
        this.numbering = numbering;
        this.assignment = assignment;
    }

    /** One inquiry. */
    public record Inquiry(String company, String contact, String phone, String email, String region, String product,
            Long offerId, LeadSource source, String sourceDetail, String message, Long submissionId) {
    }

    /** @return a problem when the company names its regions and {@code region} is none of them */
    public List<org.neiqin.api.error.FieldError> regionProblems(String region) {
        if (region == null || region.isBlank()) {
            return List.of();
        }
        Map<String, String> named = regions.regions(java.util.Locale.ENGLISH);
        if (named.isEmpty() || named.containsKey(region.trim())) {
            return List.of();
        }
        return List.of(new org.neiqin.api.error.FieldError("region", "unknown", org.neiqin.api.error.Text.of(
                "leads.region", "{0} is no region of the company ({1})", region, String.join(", ", named.keySet()))));
    }

    /** What became of it: a new lead, or a touch on {@code lead}. */
    public record Result(LeadEntity lead, boolean repeat) {
    }

    /**
     * Records the inquiry.
     *
     * @param owner who gets a new lead ({@code null}: the rules decide); the caller checked they may
     */
    public Result record(EntityManager em, Inquiry q, String owner, Actor actor) {
        LeadEntity known = repeatOf(em, q);
        Instant now = store.now();
        if (known != null) {
            known.touches++;
            known.lastTouchAt = now;
            store.touch(known, actor);
            touch(em, known.id, q, actor, now);
            store.audit(em, LeadsModule.LEAD, known.id, AuditAction.UPDATE, null, Map.of("touch", q.source().name()
                    + (q.message() == null ? "" : ": " + abbreviate(q.message()))));
            return new Result(known, true);
        }
        LeadEntity e = new LeadEntity();
        e.code = numbering.next(LeadsModule.LEAD, store.today(), Map.of());
        e.stage = LeadStage.NEW;
        e.company = q.company().trim();
        e.companyKey = Keys.company(q.company());
        e.contact = q.contact().trim();
        e.phone = Forms.trimmed(q.phone());
        e.phoneKey = Keys.phone(q.phone());
        e.email = Forms.trimmed(q.email());
        e.emailKey = Keys.email(q.email());
        e.region = Forms.trimmed(q.region());
        e.product = Forms.trimmed(q.product());
        e.offerId = q.offerId();
        e.source = q.source();
        e.sourceDetail = Forms.trimmed(q.sourceDetail());
        e.message = Forms.trimmed(q.message());
        e.touches = 1;
        e.lastTouchAt = now;
        store.create(em, e, actor);
        touch(em, e.id, q, actor, now);
        Map<String, Object> created = new java.util.LinkedHashMap<>();
        created.put("company", e.company);
        created.put("contact", e.contact);
        created.put("source", e.source.name());
        if (e.region != null) {
            created.put("region", e.region);
        }
        store.audit(em, LeadsModule.LEAD, e.id, AuditAction.CREATE, null, created);
        store.event(LeadsEvents.CREATED, actor).with("id", e.id).with("code", e.code).with("source", e.source.name())
                .with("region", e.region == null ? "" : e.region).publish();
        if (owner != null) {
            assignment.byHand(em, e, owner, assignment.enteredBy(actor.name()), actor);
        } else {
            assignment.byRules(em, e, actor);
        }
        return new Result(e, false);
    }

    private LeadEntity repeatOf(EntityManager em, Inquiry q) {
        List<String> match = new ArrayList<>();
        String phone = Keys.phone(q.phone());
        String email = Keys.email(q.email());
        String company = Keys.company(q.company());
        LeadSettings.Values v = settings.values();
        if (v.repeatBy().contains(LeadSettings.Match.PHONE) && phone != null) {
            match.add("l.phoneKey = :phone");
        }
        if (v.repeatBy().contains(LeadSettings.Match.EMAIL) && email != null) {
            match.add("l.emailKey = :email");
        }
        if (v.repeatBy().contains(LeadSettings.Match.COMPANY) && !company.isEmpty()) {
            match.add("l.companyKey = :company");
        }
        if (match.isEmpty()) {
            return null;
        }
        javax.persistence.TypedQuery<LeadEntity> query = em.createQuery("select l from LeadEntity l where ("
                + String.join(" or ", match) + ") and l.stage not in ('WON', 'LOST') and l.lastTouchAt >= :since order"
                + " by l.lastTouchAt desc, l.id desc", LeadEntity.class)
                .setParameter("since", store.clock().startOf(store.today().minus(v.repeatWithin())))
                .setMaxResults(1);
        if (match.stream().anyMatch(m -> m.contains(":phone"))) {
            query.setParameter("phone", phone);
        }
        if (match.stream().anyMatch(m -> m.contains(":email"))) {
            query.setParameter("email", email);
        }
        if (match.stream().anyMatch(m -> m.contains(":company"))) {
            query.setParameter("company", company);
        }
        List<LeadEntity> found = query.getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private void touch(EntityManager em, long leadId, Inquiry q, Actor actor, Instant now) {
        TouchEntity t = new TouchEntity();
        t.leadId = leadId;
        t.touchedAt = now;
        t.source = q.source();
        t.sourceDetail = Forms.trimmed(q.sourceDetail());
        t.submissionId = q.submissionId();
        t.message = Forms.trimmed(q.message());
        t.enteredBy = actor.name();
        store.persist(em, t);
    }

    private static String abbreviate(String s) {
        String t = s.strip();
        return t.length() > 80 ? t.substring(0, 80) + "…" : t;
    }
}
