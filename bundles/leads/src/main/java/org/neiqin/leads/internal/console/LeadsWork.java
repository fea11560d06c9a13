package org.neiqin.leads.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.WorkSource;
import org.neiqin.api.security.SecurityService;
import org.neiqin.leads.internal.LeadsModule;
import org.neiqin.leads.internal.LeadsStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The leads' part of the home page: a salesperson's leads to call back today (those past their day urgent) and the
 * public pool; the office's new leads nobody has called yet and the leads the clock returned to the pool; the
 * managers' leads not followed up.
 */
@Component(service = WorkSource.class)
public class LeadsWork implements WorkSource {
    private final LeadsStore store;
    private final SecurityService security;

    @Activate
    public LeadsWork(@Reference LeadsStore store, @Reference SecurityService security) {
        this.store = store;
        this.security = security;
    }

    @Override
    public List<WorkItem> work(PageRequest r) {
        List<WorkItem> out = new ArrayList<>();
        String me = r.actor().name();
        if (!security.isPermitted(r.actor(), LeadsModule.WORK)) {
            return out;
        }
        long mine = count("select count(l) from LeadEntity l where l.owner = :me and l.stage not in ('WON', 'LOST')"
                + " and l.nextContactOn <= :today", me);
        if (mine > 0 || !security.isPermitted(r.actor(), LeadsModule.ASSIGN)) {
            out.add(new WorkItem(r.msg("work.callBack"), mine, LeadsPage.LABEL + "?owner=" + me + "&due=true",
                    count("select count(l) from LeadEntity l where l.owner = :me and l.stage not in ('WON', 'LOST')"
                            + " and l.nextContactOn < :today", me) > 0));
        }
        long pool = count("select count(l) from LeadEntity l where l.owner is null and l.stage not in ('WON', 'LOST')", me);
        out.add(new WorkItem(r.msg("work.pool"), pool, LeadsPage.LABEL + "?pool=true", false));
        if (security.isPermitted(r.actor(), LeadsModule.ASSIGN)) {
            out.add(new WorkItem(r.msg("work.uncalled"), count("select count(l) from LeadEntity l where l.stage = 'NEW'", me),
                    LeadsPage.LABEL + "?stage=NEW", false));
            out.add(new WorkItem(r.msg("work.late"), count("select count(l) from LeadEntity l where l.clockStep >= 2"
                    + " and l.owner is not null and l.stage not in ('WON', 'LOST')", me),
                    LeadsPage.LABEL + "?due=true", true));
        }
        return out;
    }

    private long count(String jpql, String me) {
        return store.read(em -> {
            javax.persistence.TypedQuery<Long> q = em.createQuery(jpql, Long.class);
            if (jpql.contains(":me")) {
                q.setParameter("me", me);
            }
            if (jpql.contains(":today")) {
                q.setParameter("today", store.today());
            }
            return q.getSingleResult();
        });
    }
}
