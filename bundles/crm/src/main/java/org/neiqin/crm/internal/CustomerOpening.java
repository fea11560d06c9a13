package org.neiqin.crm.internal;

import java.util.Map;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.crm.CrmEvents;
import org.neiqin.api.numbering.NumberingService;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.form.Forms;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Customer files another module opens for a party it knows (a won investment lead, {@code CustomerDirectory.open}):
 * one per origin ({@code CRM_ORIGIN}), written as {@link CustomerService} writes a card.
 */
@Component(service = CustomerOpening.class)
public class CustomerOpening {
    private final CrmStore store;
    private final SecurityService security;
    private final NumberingService numbering;
    private final CustomerService customers;

    @Activate
    public CustomerOpening(@Reference CrmStore store, @Reference SecurityService security,
            @Reference NumberingService numbering, @Reference CustomerService customers) {
        this.store = store;
        this.security = security;
        this.numbering = numbering;
        this.customers = customers;
    }

    /**
     * Opens a file for a party another module knows (a won investment lead), once per origin: the same origin again
     * finds the file made the first time. The card is a prospective general company on prepayment with its first
     * contact; the history says where it came from.
     *
     * @return the file's id
     */
    public long open(org.neiqin.api.crm.NewCustomer n) {
        Actor actor = security.require(CrmModule.WRITE);
        if (n.origin() == null || n.origin().isBlank() || n.origin().length() > 100) {
            throw new IllegalArgumentException("a customer opened by another module names its origin (100 characters)");
        }
        Map<String, String> card = new java.util.HashMap<>();
        card.put("fullName", n.fullName());
        card.put("phone", n.phone());
        card.put("email", n.email());
        card.put("region", n.region());
        card.put("salesperson", n.salesperson());
        card.put("plans", n.note());
        card.put("lifecycle", org.neiqin.api.crm.Lifecycle.PROSPECTIVE.name());
        card.put("nature", org.neiqin.api.crm.Nature.GENERAL_COMPANY.name());
        card.put("paymentTerms", org.neiqin.api.crm.PaymentTerms.PREPAYMENT.name());
        card.put("infoSource", InfoSource.CUSTOMER_FORM.name());
        CustomerData data = Forms.bind(CustomerData.class, card::get);
        customers.validate(data);
        ContactData contact = n.contactName() == null || n.contactName().isBlank() ? null
                : new ContactData(n.contactName().trim(), null, n.contactPhone(), n.contactEmail());
        if (contact != null) {
            Forms.require(Forms.check(contact));
        }
        return store.write(em -> {
            CustomerOriginEntity known = em.find(CustomerOriginEntity.class, n.origin());
            if (known != null) {
                return known.customerId;
            }
            CustomerView created = customers.insert(em, data, actor, AuditAction.CREATE,
                    numbering.next(CrmModule.NUMBERING, store.today(), Map.of()));
            CustomerOriginEntity origin = new CustomerOriginEntity();
            origin.origin = n.origin();
            origin.reference = n.reference();
            origin.customerId = created.id();
            em.persist(origin);
            // a second opening of the same origin at this moment waits here and then fails, leaving one file
            em.flush();
            store.audit(em, CrmModule.ENTITY, created.id(), AuditAction.UPDATE, null,
                    Map.of("openedFrom", n.reference() == null ? n.origin() : n.reference()));
            if (contact != null) {
                ContactEntity c = new ContactEntity();
                Forms.copy(contact, c);
                c.customerId = created.id();
                c.position = 0;
                store.persist(em, c);
            }
            customers.post(CrmEvents.CUSTOMER_CREATED, created, actor, null);
            return created.id();
        });
    }
}
