package org.neiqin.leads.internal;

import java.util.Map;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.crm.CustomerDirectory;
import org.neiqin.api.crm.CustomerSummary;
import org.neiqin.api.crm.NewCustomer;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.Text;
import org.neiqin.api.leads.LeadsEvents;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * A won lead becomes a customer file (转为客户) — while the customer files are installed: the action appears when
 * neiqin-crm comes and goes when it goes, with no restart. The file is opened in the same transaction as the lead is
 * marked, under the lead's row lock, and crm keeps one file per origin: converting twice, at once or again later,
 * gives the one file.
 */
@Component(service = Conversion.class)
public class Conversion {
    private final LeadsStore store;
    private final SecurityService security;
    private final LeadAccess access;
    private final LeadViews views;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile CustomerDirectory customers;

    @Activate
    public Conversion(@Reference LeadsStore store, @Reference SecurityService security, @Reference LeadAccess access,
            @Reference LeadViews views) {
        this.store = store;
        this.security = security;
        this.access = access;
        this.views = views;
    }

    /** @return whether the customer files are installed (the action is offered then) */
    public boolean available() {
        return customers != null;
    }

    /**
     * Opens the customer file of a won lead, or returns the lead as it is when it has one.
     *
     * @throws ConflictException 409 {@code noCustomerFiles} without crm, {@code notWon} before the lead is won
     */
    public LeadView convert(long id) {
        Actor actor = security.require(LeadsModule.WORK);
        CustomerDirectory directory = customers;
        if (directory == null) {
            throw new ConflictException("noCustomerFiles", Text.of("leads.noCustomerFiles",
                    "the customer files (neiqin-crm) are not installed: a won lead becomes a customer once they are"));
        }
        return store.write(em -> {
            em.createQuery("update LeadEntity l set l.code = l.code where l.id = :id").setParameter("id", id)
                    .executeUpdate();
            LeadEntity e = Store.find(em, LeadEntity.class, id, "lead");
            access.requireWorker(actor, e);
            if (e.customerId != null) {
                return views.view(em, e);
            }
            if (e.stage != LeadStage.WON) {
                throw new ConflictException("notWon", Text.of("leads.notWon",
                        "lead {0} is {1}: it becomes a customer once it is won", e.code, e.stage));
            }
            CustomerSummary c = directory.open(new NewCustomer("leads.lead:" + e.id, e.code, e.company, e.phone,
                    e.email, e.region, e.owner, e.contact, e.phone, e.email, e.message));
            e.customerId = c.id();
            e.customerCode = c.code();
            store.touch(e, actor);
            store.audit(em, LeadsModule.LEAD, e.id, AuditAction.UPDATE, null, Map.of("customer", c.code() + " "
                    + c.fullName()));
            store.event(LeadsEvents.CONVERTED, actor).with("id", e.id).with("code", e.code)
                    .with("customerId", c.id()).with("customerCode", c.code()).publish();
            em.flush();
            return views.view(em, e);
        });
    }
}
