package org.neiqin.leads.internal;

import java.util.List;

import javax.persistence.EntityManager;

import org.neiqin.leads.internal.calls.CallEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A lead as it is shown: with its inquiries, its calls, whether it is overdue, and the territory's warning. */
@Component(service = LeadViews.class)
public class LeadViews {
    private final LeadsStore store;

    @Activate
    public LeadViews(@Reference LeadsStore store) {
        this.store = store;
    }

    public LeadView view(EntityManager em, LeadEntity e) {
        List<LeadView.Touch> touches = em.createQuery("select t from TouchEntity t where t.leadId = :l order by t.touchedAt"
                + " desc, t.id desc", TouchEntity.class).setParameter("l", e.id).setMaxResults(200).getResultList()
                .stream().map(t -> new LeadView.Touch(t.touchedAt, t.source, t.sourceDetail, t.message, t.enteredBy)).toList();
        List<LeadView.Call> calls = LeadService.calls(em, e.id).stream().map(LeadViews::call).toList();
        boolean overdue = e.stage.open() && e.nextContactOn != null && e.nextContactOn.isBefore(store.today());
        return new LeadView(e.id, e.code, e.version, e.stage, LeadService.data(e), e.offerId, e.owner, e.assignedAt,
                e.assignReason, e.nextContactOn, overdue, e.firstResponseAt, e.lastContactAt, e.touches, e.pooledAt,
                e.poolReason, e.lostReason, e.competitor, e.customerId, e.customerCode,
                e.stage.open() ? territory(em, e.id, e.region) : List.of(), touches, calls, e.stamps.createdAt(),
                e.stamps.updatedAt(), e.stamps.updatedBy());
    }

    /**
     * @return the other leads of the region that are won (a dealer there) or in negotiation: territory protection
     *         (区域保护) warns before another is taken on; empty when there are none
     */
    static List<LeadView.Neighbour> territory(EntityManager em, Long id, String region) {
        if (region == null || region.isBlank()) {
            return List.of();
        }
        return em.createQuery("select l.id, l.code, l.company, l.stage from LeadEntity l where l.region = :r and"
                + " l.id <> :id and l.stage in ('WON', 'NEGOTIATING') order by l.stage desc, l.id", Object[].class)
                .setParameter("r", region).setParameter("id", id == null ? -1L : id).setMaxResults(3).getResultList()
                .stream().map(o -> new LeadView.Neighbour((Long) o[0], (String) o[1], (String) o[2], (LeadStage) o[3]))
                .toList();
    }

    private static LeadView.Call call(CallEntity c) {
        return new LeadView.Call(c.id, c.calledAt, c.caller, c.outcome, c.topic, c.learned, c.competitor, c.nextContactOn);
    }
}
