package org.neiqin.leads.internal.assign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.Text;
import org.neiqin.api.leads.LeadsEvents;
import org.neiqin.api.people.PeopleDirectory;
import org.neiqin.api.people.Person;
import org.neiqin.api.security.Actor;
import org.neiqin.leads.internal.LeadEntity;
import org.neiqin.leads.internal.LeadSettings;
import org.neiqin.leads.internal.LeadsModule;
import org.neiqin.leads.internal.LeadsStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Who gets a lead. By the rules: the first active rule that takes the lead (its region, product and source) gives it to
 * the next of its people in turn who is active and under their cap; nobody eligible, or no rule, and the lead goes to
 * the public pool (公海). Or by hand, to a person under their cap. Every assignment says why on the lead and in its
 * history. Everything here runs in the caller's transaction; {@link #prepare} makes the counters' rows before it.
 */
@Component(service = Assignment.class)
public class Assignment {
    private final LeadsStore store;
    private final Holders holders;
    private final LeadSettings settings;
    private final PeopleDirectory people;

    @Activate
    public Assignment(@Reference LeadsStore store, @Reference Holders holders, @Reference LeadSettings settings,
            @Reference PeopleDirectory people) {
        this.store = store;
        this.holders = holders;
        this.settings = settings;
        this.people = people;
    }

    /** Makes the counter rows of everyone the active rules name, and of {@code also}; outside any transaction. */
    public void prepare(String... also) {
        Set<String> logins = new LinkedHashSet<>();
        for (String p : store.read(em -> em.createQuery("select r.people from RuleEntity r where r.active = true",
                String.class).getResultList())) {
            logins.addAll(Rules.people(p));
        }
        for (String a : also) {
            if (a != null) {
                logins.add(a);
            }
        }
        holders.ensure(logins);
    }

    /** @return a problem when {@code login} is nobody etc/org.neiqin.people.cfg names (a lead is given to people) */
    public List<org.neiqin.api.error.FieldError> unknown(String login) {
        boolean known = people.all().stream().anyMatch(p -> p.login().equals(login));
        return known ? List.of() : List.of(new org.neiqin.api.error.FieldError("owner", "unknown", Text.of(
                "leads.unknownPerson", "{0} is nobody etc/org.neiqin.people.cfg names", login)));
    }

    /** Gives a new lead by the rules, or puts it in the pool; says why. */
    public void byRules(EntityManager em, LeadEntity lead, Actor actor) {
        List<RuleEntity> rules = em.createQuery("select r from RuleEntity r where r.active = true order by r.priority,"
                + " r.id", RuleEntity.class).getResultList();
        for (RuleEntity rule : rules) {
            if (!Rules.takes(rule.region, rule.product, rule.source, lead)) {
                continue;
            }
            // the rule's row is the turn's lock: two leads of one rule at once take turns one after the other
            em.createQuery("update RuleEntity r set r.lastTurn = r.lastTurn where r.id = :id").setParameter("id", rule.id)
                    .executeUpdate();
            String last = em.createQuery("select r.lastTurn from RuleEntity r where r.id = :id", String.class)
                    .setParameter("id", rule.id).getSingleResult();
            List<String> order = Rules.turns(Rules.people(rule.people), last);
            for (String login : order) {
                Person p = people.person(login);
                if (!p.active() || !holders.take(em, login, settings.values().capOf(login))) {
                    continue;
                }
                em.createQuery("update RuleEntity r set r.lastTurn = :p where r.id = :id").setParameter("p", login)
                        .setParameter("id", rule.id).executeUpdate();
                give(em, lead, login, "规则「" + rule.name + "」：轮到" + p.name() + " · rule «" + rule.name + "»: "
                        + p.name() + "'s turn", actor);
                return;
            }
            pool(em, lead, "规则「" + rule.name + "」：无人可分（暂停接单或达到客保数量） · rule «" + rule.name
                    + "»: everyone is away or at their cap", actor);
            return;
        }
        pool(em, lead, "没有适用的分配规则 · no assignment rule takes it", actor);
    }

    /**
     * Gives the lead to {@code login} by hand (or a salesperson takes it from the pool).
     *
     * @throws ConflictException 409 {@code inactive} for a person who takes no new work, {@code cap} for one at their
     *         cap
     */
    public void byHand(EntityManager em, LeadEntity lead, String login, String reason, Actor actor) {
        Person p = people.person(login);
        if (!p.active()) {
            throw new ConflictException("inactive", Text.of("leads.inactive",
                    "{0} takes no new work (etc/org.neiqin.people.cfg): give the lead to someone else", p.name()));
        }
        int cap = settings.values().capOf(login);
        if (!login.equals(lead.owner) && !holders.take(em, login, cap)) {
            throw new ConflictException("cap", Text.of("leads.atCap",
                    "{0} holds {1} open leads already, their cap: one has to be closed or given back first", p.name(),
                    cap));
        }
        if (!login.equals(lead.owner)) {
            holders.release(em, lead.owner);
        }
        give(em, lead, login, reason, actor);
    }

    /** Puts an owned or new lead in the public pool, saying why. */
    public void pool(EntityManager em, LeadEntity lead, String reason, Actor actor) {
        String before = lead.owner;
        holders.release(em, lead.owner);
        lead.owner = null;
        lead.assignedAt = null;
        lead.assignReason = reason;
        lead.pooledAt = store.now();
        lead.poolReason = reason;
        lead.nextContactOn = null;
        lead.clockStep = 0;
        if (lead.id != null) {
            store.touch(lead, actor);
            store.audit(em, LeadsModule.LEAD, lead.id, AuditAction.UPDATE, before == null ? null
                    : Map.of("owner", before), Map.of("owner", "", "pool", reason));
            event(lead, null, reason, actor);
        }
    }

    /** @return why a lead entered by {@code login} is theirs or whom they named (both languages: REST reads it too) */
    public String enteredBy(String login) {
        String n = people.person(login).name();
        return n + " 录入 · entered by " + n;
    }

    /** @return why the office gave a lead */
    public String givenBy(String login) {
        String n = people.person(login).name();
        return n + " 分配 · given by " + n;
    }

    /** @return why a salesperson holds a lead they took from the pool */
    public String taken() {
        return "从公海领取 · taken from the pool";
    }

    /** @return why a lead is back in the pool: its owner gave it back */
    public String givenBack(String reason) {
        return "退回公海：" + reason + " · given back: " + reason;
    }

    /** @return why the follow-up clock put a lead back in the pool */
    public String notCalled(java.time.LocalDate since, String owner) {
        String n = people.person(owner).name();
        return since + " 起" + n + "未联系 · not called since " + since + " (" + n + ")";
    }

    /** A lead won or lost: its owner's place under their cap is free again (the lead stays theirs). */
    public void closed(EntityManager em, LeadEntity lead) {
        holders.release(em, lead.owner);
    }

    private void give(EntityManager em, LeadEntity lead, String login, String reason, Actor actor) {
        String before = lead.owner;
        Instant now = store.now();
        lead.owner = login;
        lead.assignedAt = now;
        lead.assignReason = reason;
        lead.pooledAt = null;
        lead.poolReason = null;
        lead.clockStep = 0;
        lead.nextContactOn = store.today().plusDays(settings.values().firstContactDays());
        if (lead.id != null) {
            store.touch(lead, actor);
            store.audit(em, LeadsModule.LEAD, lead.id, AuditAction.UPDATE, before == null ? null
                    : Map.of("owner", before), Map.of("owner", login, "why", reason, "nextContactOn",
                    lead.nextContactOn.toString()));
            event(lead, login, reason, actor);
        }
    }

    private void event(LeadEntity lead, String owner, String reason, Actor actor) {
        LeadsStore.Event e = store.event(LeadsEvents.ASSIGNED, actor).with("id", lead.id).with("code", lead.code)
                .with("reason", reason);
        if (owner != null) {
            e = e.with("owner", owner);
        }
        e.publish();
    }

    /** @return the people the rules name, in no order (for the rules page) */
    public List<String> named() {
        List<String> out = new ArrayList<>();
        store.read(em -> em.createQuery("select r.people from RuleEntity r", String.class).getResultList())
                .forEach(p -> out.addAll(Rules.people(p)));
        return out;
    }
}
