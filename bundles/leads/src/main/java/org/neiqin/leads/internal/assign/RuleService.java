package org.neiqin.leads.internal.assign;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.api.people.PeopleDirectory;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.store.Store;
import org.neiqin.leads.internal.LeadSettings;
import org.neiqin.leads.internal.LeadsModule;
import org.neiqin.leads.internal.LeadsStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The assignment rules, written by the office; each change in the rule's history. */
@Component(service = RuleService.class)
public class RuleService {
    private final LeadsStore store;
    private final SecurityService security;
    private final PeopleDirectory people;
    private final Holders holders;
    private final LeadSettings settings;

    @Activate
    public RuleService(@Reference LeadsStore store, @Reference SecurityService security,
            @Reference PeopleDirectory people, @Reference Holders holders, @Reference LeadSettings settings) {
        this.store = store;
        this.security = security;
        this.people = people;
        this.holders = holders;
        this.settings = settings;
    }

    public RuleView create(RuleData data) {
        Actor actor = security.require(LeadsModule.ASSIGN);
        check(data);
        holders.ensure(Rules.people(data.people()));
        return store.write(em -> {
            RuleEntity e = new RuleEntity();
            copy(data, e);
            store.create(em, e, actor);
            store.audit(em, LeadsModule.RULE, e.id, AuditAction.CREATE, null, Forms.filled(data));
            return view(e);
        });
    }

    public RuleView update(long id, int version, RuleData data) {
        Actor actor = security.require(LeadsModule.ASSIGN);
        check(data);
        holders.ensure(Rules.people(data.people()));
        return store.write(em -> {
            RuleEntity e = Store.load(em, RuleEntity.class, id, version, "rule");
            Forms.Changes changes = Forms.changes(data(e), data);
            if (!changes.isEmpty()) {
                copy(data, e);
                store.touch(e, actor);
                store.audit(em, LeadsModule.RULE, id, AuditAction.UPDATE, changes.before(), changes.after());
            }
            return view(e);
        });
    }

    public RuleView get(long id) {
        security.require(LeadsModule.READ);
        return store.read(em -> view(Store.find(em, RuleEntity.class, id, "rule")));
    }

    /** @return the rules in the order they are tried */
    public List<RuleView> list() {
        security.require(LeadsModule.READ);
        return store.read(em -> rules(em).stream().map(this::view).toList());
    }

    public List<AuditEntry> history(long id) {
        get(id);
        return store.history(LeadsModule.RULE, id);
    }

    private static List<RuleEntity> rules(EntityManager em) {
        return em.createQuery("select r from RuleEntity r order by r.priority, r.id", RuleEntity.class).getResultList();
    }

    private void check(RuleData data) {
        List<FieldError> errors = new ArrayList<>(Forms.check(data));
        if (data.people() != null) {
            List<String> logins = Rules.people(data.people());
            if (logins.isEmpty()) {
                errors.add(new FieldError("people", "required", Text.of("leads.rule.people",
                        "name the salespeople who get the leads, by login")));
            }
            java.util.Set<String> known = new java.util.HashSet<>();
            people.all().forEach(p -> known.add(p.login()));
            for (String login : logins) {
                if (!known.contains(login)) {
                    errors.add(new FieldError("people", "unknown", Text.of("leads.rule.unknown",
                            "{0} is nobody etc/org.neiqin.people.cfg names", login)));
                }
            }
        }
        if (data.position() != null && (data.position() < 0 || data.position() > 9999)) {
            errors.add(new FieldError("position", "range", Text.of("leads.rule.position", "0 to 9999")));
        }
        Forms.require(errors);
    }

    private static void copy(RuleData d, RuleEntity e) {
        e.name = d.name().trim();
        e.priority = d.position();
        e.region = Forms.trimmed(d.region());
        e.product = Forms.trimmed(d.product());
        e.source = d.source() == null ? null : d.source().name();
        e.people = String.join(", ", Rules.people(d.people()));
        e.active = d.status() == RuleData.RuleStatus.ACTIVE;
    }

    static RuleData data(RuleEntity e) {
        return new RuleData(e.name, e.priority, e.region, e.product, e.source == null ? null
                : org.neiqin.leads.internal.LeadSource.valueOf(e.source), e.people, e.active
                ? RuleData.RuleStatus.ACTIVE : RuleData.RuleStatus.PAUSED);
    }

    private RuleView view(RuleEntity e) {
        List<RuleView.Holding> who = new ArrayList<>();
        for (String login : Rules.people(e.people)) {
            who.add(new RuleView.Holding(login, people.person(login).active(), holders.holding(login),
                    settings.values().capOf(login)));
        }
        return new RuleView(e.id, e.version, data(e), e.lastTurn, who);
    }
}
