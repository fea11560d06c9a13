package org.neiqin.leads.internal.offers;

import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.numbering.NumberingService;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.store.Store;
import org.neiqin.leads.internal.LeadsModule;
import org.neiqin.leads.internal.LeadsStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Investment offers (招商信息): drafted and published by the back office, shown on the public page while published,
 * withdrawn when the place is taken. A published offer is not changed under the people reading it: withdraw, change,
 * publish again.
 */
@Component(service = OfferService.class)
public class OfferService {
    private final LeadsStore store;
    private final SecurityService security;
    private final NumberingService numbering;

    @Activate
    public OfferService(@Reference LeadsStore store, @Reference SecurityService security,
            @Reference NumberingService numbering) {
        this.store = store;
        this.security = security;
        this.numbering = numbering;
    }

    public OfferView create(OfferData data) {
        Actor actor = security.require(LeadsModule.ASSIGN);
        Forms.require(Forms.check(data));
        return store.write(em -> {
            OfferEntity e = new OfferEntity();
            Forms.copy(data, e);
            e.code = numbering.next(LeadsModule.OFFER, store.today(), Map.of());
            e.state = OfferState.DRAFT;
            store.create(em, e, actor);
            store.audit(em, LeadsModule.OFFER, e.id, AuditAction.CREATE, null, Forms.filled(data));
            return view(em, e);
        });
    }

    /** Changes a draft or withdrawn offer at the version loaded. */
    public OfferView update(long id, int version, OfferData data) {
        Actor actor = security.require(LeadsModule.ASSIGN);
        Forms.require(Forms.check(data));
        return store.write(em -> {
            OfferEntity e = Store.load(em, OfferEntity.class, id, version, "offer");
            if (e.state == OfferState.PUBLISHED) {
                throw new org.neiqin.api.error.ConflictException("published", org.neiqin.api.error.Text.of(
                        "leads.offer.published", "offer {0} is published: withdraw it before changing it", e.code));
            }
            Forms.Changes changes = Forms.changes(Forms.read(OfferData.class, e), data);
            if (!changes.isEmpty()) {
                Forms.copy(data, e);
                store.touch(e, actor);
                store.audit(em, LeadsModule.OFFER, id, AuditAction.UPDATE, changes.before(), changes.after());
            }
            return view(em, e);
        });
    }

    public OfferView publish(long id, int version) {
        return move(id, version, OfferState.PUBLISHED);
    }

    public OfferView withdraw(long id, int version) {
        return move(id, version, OfferState.WITHDRAWN);
    }

    private OfferView move(long id, int version, OfferState to) {
        Actor actor = security.require(LeadsModule.ASSIGN);
        return store.write(em -> {
            OfferEntity e = Store.load(em, OfferEntity.class, id, version, "offer");
            if (to == OfferState.PUBLISHED) {
                e.publishedAt = store.now();
            }
            store.move(em, LeadsModule.OFFER, e, to, actor, null);
            return view(em, e);
        });
    }

    public OfferView get(long id) {
        security.require(LeadsModule.READ);
        return store.read(em -> view(em, Store.find(em, OfferEntity.class, id, "offer")));
    }

    /** @return every offer, published first, newest first */
    public List<OfferView> list() {
        security.require(LeadsModule.READ);
        return store.read(em -> em.createQuery("select o from OfferEntity o order by case when o.state = 'PUBLISHED'"
                + " then 0 else 1 end, o.id desc", OfferEntity.class).setMaxResults(500).getResultList().stream()
                .map(o -> view(em, o)).toList());
    }

    /** @return the offers the public page shows, to anyone (no permission: they are published) */
    public List<OfferView> published() {
        return store.read(em -> em.createQuery("select o from OfferEntity o where o.state = 'PUBLISHED' order by"
                + " o.publishedAt desc, o.id desc", OfferEntity.class).setMaxResults(100).getResultList().stream()
                .map(o -> new OfferView(o.id, o.code, o.version, o.state, Forms.read(OfferData.class, o), o.publishedAt,
                        0, null, null)).toList());
    }

    public List<AuditEntry> history(long id) {
        get(id);
        return store.history(LeadsModule.OFFER, id);
    }

    private static OfferView view(EntityManager em, OfferEntity e) {
        long leads = em.createQuery("select count(l) from LeadEntity l where l.offerId = :o", Long.class)
                .setParameter("o", e.id).getSingleResult();
        return new OfferView(e.id, e.code, e.version, e.state, Forms.read(OfferData.class, e), e.publishedAt, leads,
                e.stamps.updatedAt(), e.stamps.updatedBy());
    }
}
