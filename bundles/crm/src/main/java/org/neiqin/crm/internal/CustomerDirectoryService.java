package org.neiqin.crm.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.neiqin.api.crm.CreditTerms;
import org.neiqin.api.crm.CustomerDirectory;
import org.neiqin.api.crm.CustomerSnapshot;
import org.neiqin.api.crm.CustomerSummary;
import org.neiqin.api.crm.LicenceOnFile;
import org.neiqin.api.money.Money;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The customer files as other modules read them ({@link CustomerDirectory}), with the reader's permission. */
@Component(service = CustomerDirectory.class)
public class CustomerDirectoryService implements CustomerDirectory {
    private final CrmStore store;
    private final SecurityService security;
    private final CustomerService customers;
    private final CustomerOpening opening;

    @Activate
    public CustomerDirectoryService(@Reference CrmStore store, @Reference SecurityService security,
            @Reference CustomerService customers, @Reference CustomerOpening opening) {
        this.store = store;
        this.security = security;
        this.customers = customers;
        this.opening = opening;
    }

    @Override
    public Optional<CustomerSummary> find(long id) {
        security.require(CrmModule.READ);
        // another module's record names this customer: it is told who it is, whoever's customer it is now (a
        // document outlives the assignment); what the card holds beyond that is read through the scope
        return store.read(em -> Optional.ofNullable(em.find(CustomerEntity.class, id))
                .map(CustomerDirectoryService::summary));
    }

    @Override
    public List<CustomerSummary> search(String text, int limit) {
        return customers.list(new CustomerQuery(text, null, null, null, null, null, null, null, null, false, "fullName", false, 0,
                limit))
                .rows().stream().map(CustomerRow::summary).collect(Collectors.toList());
    }

    @Override
    public CreditTerms creditTerms(long id) {
        security.require(CrmModule.READ);
        return store.read(em -> CreditLedger.terms(Store.find(em, CustomerEntity.class, id, "customer")));
    }

    @Override
    public List<LicenceOnFile> licences(long id) {
        customers.named(id);
        return store.read(em -> em.createQuery("select l from LicenceEntity l where l.customerId = :c"
                + " order by l.expiresOn, l.id", LicenceEntity.class).setParameter("c", id).getResultList().stream()
                .map(l -> new LicenceOnFile(l.name, l.number, l.expiresOn, l.verified)).collect(Collectors.toList()));
    }

    @Override
    public CustomerSnapshot snapshot(long id) {
        CustomerView v = customers.named(id);
        CustomerView.Contact first = v.contacts().isEmpty() ? null : v.contacts().get(0);
        return new CustomerSnapshot(v.id(), v.code(), v.data().fullName(), v.data().address(),
                first == null ? null : first.data().name(),
                first != null && first.data().phone() != null ? first.data().phone() : v.data().phone(),
                v.data().taxNumber(), v.data().bankName(), v.data().bankAccount());
    }

    @Override
    public Optional<String> mailAddress(long id) {
        CustomerView v = customers.named(id);
        for (CustomerView.Contact c : v.contacts()) {
            if (c.data().email() != null && !c.data().email().isBlank()) {
                return Optional.of(c.data().email().trim());
            }
        }
        return Optional.ofNullable(v.data().email()).filter(m -> !m.isBlank()).map(String::trim);
    }


    @Override
    public CustomerSummary open(org.neiqin.api.crm.NewCustomer customer) {
        long id = opening.open(customer);
        return store.read(em -> summary(Store.find(em, CustomerEntity.class, id, "customer")));
    }

    private static CustomerSummary summary(CustomerEntity e) {
        return new CustomerSummary(e.id, e.code, e.fullName, e.shortName, e.lifecycle, e.nature, e.grade, e.region,
                e.route, e.salesperson, e.archived);
    }

}
