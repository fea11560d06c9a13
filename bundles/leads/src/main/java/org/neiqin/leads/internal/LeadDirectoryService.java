package org.neiqin.leads.internal;

import java.util.List;

import org.neiqin.api.leads.LeadDirectory;
import org.neiqin.api.leads.LeadSummary;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The leads as other modules read them ({@link LeadDirectory}), with the reader's permission. */
@Component(service = LeadDirectory.class)
public class LeadDirectoryService implements LeadDirectory {
    private static final String SELECT = "select l.id, l.code, l.company, l.region, l.stage, l.owner, l.nextContactOn,"
            + " l.customerId from LeadEntity l where ";

    private final LeadsStore store;
    private final SecurityService security;
    private final LeadAccess access;

    @Activate
    public LeadDirectoryService(@Reference LeadsStore store, @Reference SecurityService security,
            @Reference LeadAccess access) {
        this.store = store;
        this.security = security;
        this.access = access;
    }

    @Override
    public List<LeadSummary> openIn(String region) {
        Actor actor = security.require(LeadsModule.READ);
        return list(actor, "l.region = :k and l.stage not in ('WON', 'LOST')", region, "l.stamps.createdAt, l.id");
    }

    @Override
    public List<LeadSummary> ofCustomer(long customerId) {
        Actor actor = security.require(LeadsModule.READ);
        return list(actor, "l.customerId = :k", customerId, "l.id");
    }

    @Override
    public boolean protectedRegion(String region) {
        security.require(LeadsModule.READ);
        return store.read(em -> !LeadViews.territory(em, null, region).isEmpty());
    }

    private List<LeadSummary> list(Actor actor, String where, Object key, String order) {
        boolean all = access.seesAll(actor);
        return store.read(em -> {
            javax.persistence.TypedQuery<Object[]> q = em.createQuery(SELECT + where + (all ? ""
                    : " and (l.owner is null or l.owner = :me)") + " order by " + order, Object[].class)
                    .setParameter("k", key).setMaxResults(500);
            if (!all) {
                q.setParameter("me", actor.name());
            }
            return q.getResultList().stream().map(LeadDirectoryService::summary).toList();
        });
    }

    private static LeadSummary summary(Object[] r) {
        return new LeadSummary((Long) r[0], (String) r[1], (String) r[2], (String) r[3], String.valueOf(r[4]),
                (String) r[5], (java.time.LocalDate) r[6], (Long) r[7]);
    }
}
