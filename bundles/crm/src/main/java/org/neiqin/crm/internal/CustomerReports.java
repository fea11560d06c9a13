package org.neiqin.crm.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.neiqin.api.crm.CustomerFigure;
import org.neiqin.api.crm.CustomerFigureProvider;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.money.CompanyCurrency;
import org.neiqin.api.money.Money;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.query.Scopes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * What the customer files say as a whole, and what other modules say about one customer: counts
 * per segment, credit exposure, and the figures ({@link CustomerFigureProvider}) shown on a card. The counts and the
 * exposure are of the customers the caller's record scope reaches, as the list is.
 */
@Component(service = CustomerReports.class)
public class CustomerReports {
    private final CrmStore store;
    private final SecurityService security;
    private final CreditLedger credit;
    private final List<CustomerFigureProvider> figureProviders = new CopyOnWriteArrayList<>();
    private final CompanyCurrency currency;

    @Activate
    public CustomerReports(@Reference CrmStore store, @Reference SecurityService security,
            @Reference CreditLedger credit, @Reference CompanyCurrency currency) {
        this.store = store;
        this.security = security;
        this.credit = credit;
        this.currency = currency;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindFigures(CustomerFigureProvider p) {
        figureProviders.add(p);
    }

    void unbindFigures(CustomerFigureProvider p) {
        figureProviders.remove(p);
    }

    /** @return customer count per value of {@code dimension} (nature, grade, region, route, lifecycle), active files only. */
    public Map<String, Long> countBy(String dimension) {
        security.require(CrmModule.READ);
        if (!List.of("nature", "grade", "region", "route", "lifecycle").contains(dimension)) {
            throw new ValidationException("dimension", "unknown", Text.of("crm.report.dimension",
                    "report by nature, grade, region, route or lifecycle"));
        }
        Scopes.Clause scope = Scopes.clause(security.scope(), "c.salesperson", "c.region");
        return store.read(em -> {
            Map<String, Long> out = new LinkedHashMap<>();
            javax.persistence.TypedQuery<Object[]> q = em.createQuery("select c." + dimension + ", count(*) from"
                    + " CustomerEntity c where c.archived = false and " + scope.jpql() + " group by c." + dimension
                    + " order by count(*) desc", Object[].class);
            scope.params().forEach(q::setParameter);
            for (Object[] row : q.getResultList()) {
                out.put(row[0] == null ? "" : row[0].toString(), (Long) row[1]);
            }
            return out;
        });
    }

    /**
     * @return active customers with a credit limit, most used first: limit against what the credit
     *         ledger says they owe (the sum every credit check reads)
     */
    public List<ExposureRow> creditExposure(int limit) {
        security.require(CrmModule.READ);
        Scopes.Clause scope = Scopes.clause(security.scope(), "c.salesperson", "c.region");
        List<CustomerEntity> withLimit = store.read(em -> {
            javax.persistence.TypedQuery<CustomerEntity> q = em.createQuery("select c from CustomerEntity c where"
                    + " c.archived = false and c.creditLimit > 0 and " + scope.jpql() + " order by c.code",
                    CustomerEntity.class);
            scope.params().forEach(q::setParameter);
            return q.setMaxResults(Math.max(1, Math.min(limit, 5000))).getResultList();
        });
        List<ExposureRow> out = new ArrayList<>();
        for (CustomerEntity c : withLimit) {
            Money max = Money.of(c.creditLimit, c.currency);
            Money owed = credit.owed(c.id, c.currency);
            out.add(new ExposureRow(c.id, c.code, c.fullName, max, owed, max.minus(owed)));
        }
        out.sort((a, b) -> ratio(b).compareTo(ratio(a)));
        return out;
    }

    private static BigDecimal ratio(ExposureRow e) {
        return e.outstanding().amount().divide(e.limit().amount(), 4, RoundingMode.HALF_UP);
    }

    /** @return what other modules say about a customer (sales, open orders, outstanding invoices …). */
    public List<CustomerFigure> figures(long id, Locale locale) {
        security.require(CrmModule.READ);
        List<CustomerFigure> out = new ArrayList<>();
        for (CustomerFigureProvider p : figureProviders) {
            out.addAll(p.figures(id, locale));
        }
        return out;
    }

    public String currency() {
        return currency.code();
    }
}
