package org.neiqin.expenses.internal.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.neiqin.api.expenses.ExpenseLedger;
import org.neiqin.api.money.CompanyCurrency;
import org.neiqin.api.money.Money;
import org.neiqin.api.security.SecurityService;
import org.neiqin.expenses.internal.ExpensesModule;
import org.neiqin.expenses.internal.ExpensesStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The expense ledger: approved and paid claim lines not of an activity, and verified activities, each added up in the
 * database by one grouped query per source.
 */
@Component(service = {ExpenseLedger.class, Spending.class})
public class Spending implements ExpenseLedger {
    private final ExpensesStore store;
    private final SecurityService security;
    private final CompanyCurrency currency;

    @Activate
    public Spending(@Reference ExpensesStore store, @Reference SecurityService security,
            @Reference CompanyCurrency currency) {
        this.store = store;
        this.security = security;
        this.currency = currency;
    }

    @Override
    public List<Spend> spend(LocalDate from, LocalDate to, By by) {
        security.require(ExpensesModule.READ);
        Map<String, BigDecimal> sums = store.read(em -> sums(em, from, to, by));
        List<Spend> out = new ArrayList<>();
        sums.forEach((k, v) -> out.add(new Spend(k, Money.of(v, currency.code()))));
        out.sort(by == By.MONTH ? Comparator.comparing(Spend::key)
                : Comparator.comparing((Spend s) -> s.amount().amount()).reversed().thenComparing(Spend::key));
        return out;
    }

    @Override
    public Money spentOn(long customerId, LocalDate from, LocalDate to) {
        security.require(ExpensesModule.READ);
        BigDecimal sum = store.read(em -> {
            BigDecimal lines = em.createQuery("select sum(l.amount) from ClaimLineEntity l, ClaimEntity c where c.id ="
                    + " l.claimId and c.state in ('APPROVED', 'PAID') and l.applicationId is null and l.customerId = :k"
                    + " and l.day between :f and :t", BigDecimal.class).setParameter("k", customerId)
                    .setParameter("f", from).setParameter("t", to).getSingleResult();
            BigDecimal activities = em.createQuery("select sum(a.verified) from ApplicationEntity a where a.state ="
                    + " 'VERIFIED' and a.customerId = :k and a.periodFrom between :f and :t", BigDecimal.class)
                    .setParameter("k", customerId).setParameter("f", from).setParameter("t", to).getSingleResult();
            return (lines == null ? BigDecimal.ZERO : lines).add(activities == null ? BigDecimal.ZERO : activities);
        });
        return Money.of(sum, currency.code());
    }

    /**
     * @return what was spent by salesperson and category, for the monthly report: salesperson → category → sum
     */
    public Map<String, Map<String, BigDecimal>> bySalespersonAndCategory(LocalDate from, LocalDate to) {
        security.require(ExpensesModule.BUDGETS);
        return store.read(em -> {
            Map<String, Map<String, BigDecimal>> out = new HashMap<>();
            for (Object[] r : em.createQuery("select c.claimant, l.category, sum(l.amount) from ClaimLineEntity l,"
                    + " ClaimEntity c where c.id = l.claimId and c.state in ('APPROVED', 'PAID') and l.applicationId is"
                    + " null and l.day between :f and :t group by c.claimant, l.category", Object[].class)
                    .setParameter("f", from).setParameter("t", to).getResultList()) {
                out.computeIfAbsent((String) r[0], k -> new HashMap<>()).merge(String.valueOf(r[1]), (BigDecimal) r[2],
                        BigDecimal::add);
            }
            for (Object[] r : em.createQuery("select a.applicant, sum(a.verified) from ApplicationEntity a where a.state"
                    + " = 'VERIFIED' and a.periodFrom between :f and :t group by a.applicant", Object[].class)
                    .setParameter("f", from).setParameter("t", to).getResultList()) {
                out.computeIfAbsent((String) r[0], k -> new HashMap<>()).merge("PROMOTION", (BigDecimal) r[1],
                        BigDecimal::add);
            }
            return out;
        });
    }

    private static Map<String, BigDecimal> sums(EntityManager em, LocalDate from, LocalDate to, By by) {
        String[] keys = switch (by) {
            case SALESPERSON -> new String[] {"c.claimant", "a.applicant"};
            case REGION -> new String[] {"c.region", "a.region"};
            case CATEGORY -> new String[] {"l.category", "'PROMOTION'"};
            case CUSTOMER -> new String[] {"l.customerId", "a.customerId"};
            case MONTH -> new String[] {"year(l.day), month(l.day)", "year(a.periodFrom), month(a.periodFrom)"};
        };
        String notNull = by == By.CUSTOMER ? " and l.customerId is not null" : "";
        Map<String, BigDecimal> out = new HashMap<>();
        for (Object[] r : em.createQuery("select " + keys[0] + ", sum(l.amount) from ClaimLineEntity l, ClaimEntity c"
                + " where c.id = l.claimId and c.state in ('APPROVED', 'PAID') and l.applicationId is null"
                + " and l.day between :f and :t" + notNull + " group by " + keys[0], Object[].class)
                .setParameter("f", from).setParameter("t", to).getResultList()) {
            add(out, r, by);
        }
        String activityGroup = by == By.CATEGORY ? "" : " group by " + keys[1];
        String activityNotNull = by == By.CUSTOMER ? " and a.customerId is not null" : "";
        for (Object[] r : em.createQuery("select " + (by == By.CATEGORY ? "'PROMOTION'" : keys[1]) + ", sum(a.verified)"
                + " from ApplicationEntity a where a.state = 'VERIFIED' and a.periodFrom between :f and :t"
                + activityNotNull + activityGroup, Object[].class).setParameter("f", from).setParameter("t", to)
                .getResultList()) {
            add(out, r, by);
        }
        return out;
    }

    private static void add(Map<String, BigDecimal> out, Object[] r, By by) {
        BigDecimal amount = (BigDecimal) r[r.length - 1];
        if (amount == null) {
            return;
        }
        String key = by == By.MONTH ? String.format("%04d-%02d", ((Number) r[0]).intValue(), ((Number) r[1]).intValue())
                : r[0] == null ? "" : String.valueOf(r[0]);
        out.merge(key, amount, BigDecimal::add);
    }
}
