package org.neiqin.contracts.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.neiqin.api.contracts.SalesFigures;
import org.neiqin.api.money.Money;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What each salesperson sold and each customer bought, as the contract statistics count it (orders and contracts in
 * force or closed), read as the current user.
 */
@Component(service = SalesFigures.class)
public class SalesBySalesperson implements SalesFigures {
    private final ContractReports reports;
    private final DocumentStore store;
    private final org.neiqin.api.money.CompanyCurrency currency;

    @Activate
    public SalesBySalesperson(@Reference ContractReports reports, @Reference DocumentStore store,
            @Reference org.neiqin.api.money.CompanyCurrency currency) {
        this.reports = reports;
        this.store = store;
        this.currency = currency;
    }

    @Override
    public Money byCustomer(long customerId, LocalDate from, LocalDate to) {
        java.math.BigDecimal sum = store.read(em -> em.createQuery("select sum(d.total) from DocumentEntity d where"
                + " d.customerId = :c and d.state in :states and d.kind <> :quotation and d.documentDate between :f and :t",
                java.math.BigDecimal.class).setParameter("c", customerId).setParameter("states", java.util.List.of(
                        org.neiqin.api.contracts.DocumentState.EFFECTIVE, org.neiqin.api.contracts.DocumentState.CLOSED))
                .setParameter("quotation", org.neiqin.api.contracts.DocumentKind.QUOTATION).setParameter("f", from)
                .setParameter("t", to).getSingleResult());
        return Money.of(sum == null ? java.math.BigDecimal.ZERO : sum, currency.code());
    }

    @Override
    public Map<String, Money> bySalesperson(LocalDate from, LocalDate to) {
        Map<String, Money> out = new HashMap<>();
        for (Statistics.Row r : reports.statistics(from, to, Statistics.Period.YEAR, Statistics.Dimension.SALESPERSON,
                null)) {
            if (r.group() != null && !r.group().isEmpty()) {
                out.merge(r.group(), r.value(), Money::plus);
            }
        }
        return out;
    }
}
