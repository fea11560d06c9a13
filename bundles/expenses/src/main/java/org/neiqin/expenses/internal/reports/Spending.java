package org.neiqin.expenses.internal.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

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
 * The expense ledger: approved and paid claim lines not of an activity, and verified activities. Whole months are read
 * from the monthly rows ({@link SpendMonths}), the days of a month cut by the period from the lines and activities
 * themselves; spending per customer is read from the lines.
 */
@Component(service = {ExpenseLedger.class, Spending.class})
public class Spending implements ExpenseLedger {
    /** Where each grouping's key is: in a line (with its claim), in an activity, in a monthly row. */
    private record Keys(String line, String activity, String month, int columns) {
    }

    private static final Map<By, Keys> KEYS = Map.of(
            By.SALESPERSON, new Keys("c.claimant", "a.applicant", "s.key.claimant", 1),
            By.REGION, new Keys("c.region", "a.region", "s.key.region", 1),
            By.CATEGORY, new Keys("l.category", "'PROMOTION'", "s.key.category", 1),
            By.MONTH, new Keys("year(l.day), month(l.day)", "year(a.periodFrom), month(a.periodFrom)",
                    "year(s.key.monthStart), month(s.key.monthStart)", 2));
    private static final Keys SALESPERSON_CATEGORY = new Keys("c.claimant, l.category", "a.applicant, 'PROMOTION'",
            "s.key.claimant, s.key.category", 2);

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
        Map<String, BigDecimal> sums = new HashMap<>();
        store.reading(em -> {
            if (by == By.CUSTOMER) {
                customers(em, from, to, sums);
            } else {
                collect(em, from, to, KEYS.get(by), (key, amount) -> sums.merge(by == By.MONTH
                        ? String.format("%04d-%02d", ((Number) key[0]).intValue(), ((Number) key[1]).intValue())
                        : key[0] == null ? "" : String.valueOf(key[0]), amount, BigDecimal::add));
            }
        });
        List<Spend> out = new ArrayList<>();
        sums.forEach((k, v) -> {
            if (v.signum() != 0) {
                out.add(new Spend(k, Money.of(v, currency.code())));
            }
        });
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

    /** @return the promotion allowances (折让) granted to a customer by activities from {@code from} to {@code to} */
    public Money allowancesTo(long customerId, LocalDate from, LocalDate to) {
        security.require(ExpensesModule.READ);
        BigDecimal sum = store.read(em -> em.createQuery("select sum(a.allowance) from ApplicationEntity a where a.state ="
                + " 'VERIFIED' and a.customerId = :k and a.periodFrom between :f and :t", BigDecimal.class)
                .setParameter("k", customerId).setParameter("f", from).setParameter("t", to).getSingleResult());
        return Money.of(sum == null ? BigDecimal.ZERO : sum, currency.code());
    }

    /** @return what was spent by salesperson and category, for the monthly statistics: salesperson → category → sum */
    public Map<String, Map<String, BigDecimal>> bySalespersonAndCategory(LocalDate from, LocalDate to) {
        security.require(ExpensesModule.BUDGETS);
        Map<String, Map<String, BigDecimal>> out = new HashMap<>();
        store.reading(em -> collect(em, from, to, SALESPERSON_CATEGORY, (key, amount) -> {
            if (amount.signum() != 0) {
                out.computeIfAbsent((String) key[0], k -> new HashMap<>()).merge(String.valueOf(key[1]), amount,
                        BigDecimal::add);
            }
        }));
        return out;
    }

    /**
     * Hands each group's sum to {@code sink}: the whole months of the period from the monthly rows, the days before the
     * first and after the last whole month from the lines and activities.
     */
    private static void collect(EntityManager em, LocalDate from, LocalDate to, Keys keys,
            BiConsumer<Object[], BigDecimal> sink) {
        LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.with(TemporalAdjusters.firstDayOfNextMonth());
        LocalDate lastWhole = to.equals(to.with(TemporalAdjusters.lastDayOfMonth())) ? to : to.withDayOfMonth(1)
                .minusDays(1);
        if (firstWhole.isAfter(lastWhole)) {
            detail(em, from, to, keys, sink);
            return;
        }
        rows(em.createQuery("select " + keys.month() + ", sum(s.amount) from SpendMonthEntity s where s.key.monthStart"
                + " between :f and :t group by " + keys.month(), Object[].class).setParameter("f", firstWhole)
                .setParameter("t", lastWhole.withDayOfMonth(1)).getResultList(), keys, sink);
        if (from.isBefore(firstWhole)) {
            detail(em, from, firstWhole.minusDays(1), keys, sink);
        }
        if (to.isAfter(lastWhole)) {
            detail(em, lastWhole.plusDays(1), to, keys, sink);
        }
    }

    /** The lines and activities of some days, added up in the database. */
    private static void detail(EntityManager em, LocalDate from, LocalDate to, Keys keys,
            BiConsumer<Object[], BigDecimal> sink) {
        rows(em.createQuery("select " + keys.line() + ", sum(l.amount) from ClaimLineEntity l, ClaimEntity c where"
                + " c.id = l.claimId and c.state in ('APPROVED', 'PAID') and l.applicationId is null and l.day between"
                + " :f and :t group by " + keys.line(), Object[].class).setParameter("f", from).setParameter("t", to)
                .getResultList(), keys, sink);
        boolean constant = keys.activity().contains("'PROMOTION'") && keys.columns() == 1;
        rows(em.createQuery("select " + keys.activity() + ", sum(a.verified) from ApplicationEntity a where a.state ="
                + " 'VERIFIED' and a.periodFrom between :f and :t" + (constant ? "" : " group by " + keys.activity()
                        .replace(", 'PROMOTION'", "")), Object[].class).setParameter("f", from).setParameter("t", to)
                .getResultList(), keys, sink);
    }

    private static void rows(List<Object[]> rows, Keys keys, BiConsumer<Object[], BigDecimal> sink) {
        for (Object[] r : rows) {
            BigDecimal amount = (BigDecimal) r[keys.columns()];
            if (amount != null) {
                Object[] key = java.util.Arrays.copyOf(r, keys.columns());
                for (int i = 0; i < key.length; i++) {
                    if (key[i] instanceof Enum<?> e) {
                        key[i] = e.name();
                    }
                }
                sink.accept(key, amount);
            }
        }
    }

    /** Spending per customer, from the lines and activities that name one. */
    private static void customers(EntityManager em, LocalDate from, LocalDate to, Map<String, BigDecimal> out) {
        for (Object[] r : em.createQuery("select l.customerId, sum(l.amount) from ClaimLineEntity l, ClaimEntity c"
                + " where c.id = l.claimId and c.state in ('APPROVED', 'PAID') and l.applicationId is null and"
                + " l.customerId is not null and l.day between :f and :t group by l.customerId", Object[].class)
                .setParameter("f", from).setParameter("t", to).getResultList()) {
            out.merge(String.valueOf(r[0]), (BigDecimal) r[1], BigDecimal::add);
        }
        for (Object[] r : em.createQuery("select a.customerId, sum(a.verified) from ApplicationEntity a where a.state ="
                + " 'VERIFIED' and a.customerId is not null and a.periodFrom between :f and :t group by a.customerId",
                Object[].class).setParameter("f", from).setParameter("t", to).getResultList()) {
            if (r[1] != null) {
                out.merge(String.valueOf(r[0]), (BigDecimal) r[1], BigDecimal::add);
            }
        }
    }
}
