package org.neiqin.crm.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.neiqin.api.credit.CreditCheck;
import org.neiqin.api.credit.CreditService;
import org.neiqin.api.credit.CreditSource;
import org.neiqin.api.crm.CreditTerms;
import org.neiqin.api.money.Money;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The credit ledger: what the installed modules report a customer owes ({@link CreditSource}), and
 * the credit rule against the terms on the customer's file. Read with no regard to the current
 * user's permissions, so that a reviewer who may not read the owing documents still meets the limit.
 */
@Component(service = {CreditService.class, CreditLedger.class})
public class CreditLedger implements CreditService {
    private final CrmStore store;
    private final List<CreditSource> sources = new CopyOnWriteArrayList<>();

    @Activate
    public CreditLedger(@Reference CrmStore store) {
        this.store = store;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindSource(CreditSource s) {
        sources.add(s);
    }

    void unbindSource(CreditSource s) {
        sources.remove(s);
    }

    private final List<org.neiqin.api.credit.CreditStop> stops = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindStop(org.neiqin.api.credit.CreditStop s) {
        stops.add(s);
    }

    void unbindStop(org.neiqin.api.credit.CreditStop s) {
        stops.remove(s);
    }

    @Override
    public java.util.Optional<org.neiqin.api.error.Text> stop(long customerId) {
        for (org.neiqin.api.credit.CreditStop s : stops) {
            java.util.Optional<org.neiqin.api.error.Text> why = s.stop(customerId);
            if (why.isPresent()) {
                return why;
            }
        }
        return java.util.Optional.empty();
    }

    @Override
    public Money owed(long customerId, String currency) {
        Money sum = Money.zero(currency);
        for (CreditSource s : sources) {
            sum = sum.plus(s.owed(customerId, currency));
        }
        return sum;
    }

    @Override
    public CreditTerms terms(long customerId) {
        return store.read(em -> terms(Store.find(em, CustomerEntity.class, customerId, "customer")));
    }

    @Override
    public CreditCheck check(long customerId, Money amount) {
        return CreditCheck.of(terms(customerId), owed(customerId, amount.currency().getCurrencyCode()), amount,
                stop(customerId).isPresent());
    }

    /** @return the credit terms on a customer's file */
    static CreditTerms terms(CustomerEntity c) {
        return new CreditTerms(c.creditRating, c.creditLimit == null ? null : Money.of(c.creditLimit, c.currency),
                c.paymentTerms, c.creditDays == null ? 0 : c.creditDays);
    }
}
