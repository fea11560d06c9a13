package org.neiqin.contracts.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.neiqin.api.crm.CustomerFigure;
import org.neiqin.api.credit.CreditSource;
import org.neiqin.api.crm.CustomerFigureProvider;
import org.neiqin.api.money.Money;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What a customer owes on contracts' documents: orders and contracts in force, less what was paid on
 * them. Reported to the credit ledger ({@link CreditSource}, whoever asks) and shown on the customer
 * card to readers of contracts, the same sum from the same query.
 */
@Component(service = {CustomerFigureProvider.class, CreditSource.class})
public class CreditFigures implements CustomerFigureProvider, CreditSource {
    private final DocumentStore store;
    private final SecurityService security;
    private final CustomerChecks checks;
    private final FulfilmentTracker tracker;

    @Activate
    public CreditFigures(@Reference DocumentStore store, @Reference SecurityService security,
            @Reference CustomerChecks checks, @Reference FulfilmentTracker tracker) {
        this.store = store;
        this.security = security;
        this.checks = checks;
        this.tracker = tracker;
    }

    @Override
    public Money owed(long customerId, String currency) {
        return store.read(em -> tracker.creditInUse(tracker.openSales(em, customerId, currency), currency));
    }

    /** On the customer card: open orders and contracts, and the credit they use (counted against the limit). */
    @Override
    public List<CustomerFigure> figures(long customerId, Locale locale) {
        Optional<Actor> actor = security.currentActor();
        if (actor.isEmpty() || !security.isPermitted(actor.get(), ContractsModule.READ)) {
            return List.of();
        }
        String cur = checks.currency();
        List<DocumentEntity> open = store.read(em -> tracker.openSales(em, customerId, cur));
        Money inUse = tracker.creditInUse(open, cur);
        boolean zh = "zh".equals(locale.getLanguage());
        return List.of(new CustomerFigure(zh ? "执行中的订单/合同" : "Open orders and contracts",
                        String.valueOf(open.size()), null, false),
                new CustomerFigure(zh ? "订单/合同占用信用额度（未开票未付款）" : "Credit in use on open orders and contracts (neither invoiced nor paid)",
                        inUse.toString(), inUse, true));
    }
}
