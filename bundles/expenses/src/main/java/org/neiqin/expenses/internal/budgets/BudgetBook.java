package org.neiqin.expenses.internal.budgets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.persistence.EntityManager;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.people.Person;
import org.neiqin.expenses.internal.Category;
import org.neiqin.expenses.internal.ExpensesModule;
import org.neiqin.expenses.internal.ExpensesStore;
import org.neiqin.kit.store.LockRows;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What approvals and payments take from budgets, inside the caller's transaction. The budgets a change touches are
 * locked first (in the order of their ids), then read: two approvals at once are counted one after the other, so the
 * second sees what the first committed. Every change of a budget's figures is written in its history with the document
 * that made it.
 */
@Component(service = BudgetBook.class)
public class BudgetBook {
    private final ExpensesStore store;
    private final LockRows<BudgetEntity> locks;

    @Activate
    public BudgetBook(@Reference ExpensesStore store) {
        this.store = store;
        this.locks = new LockRows<>(store, BudgetEntity.class, "id", "planned");
    }

    /**
     * @return the budget a spend of {@code category} on {@code day} by {@code person} is charged to: the person's own,
     *         else their region's, else their department's; of the category before one for all categories
     */
    public Optional<Long> budgetFor(EntityManager em, Person person, Category category, LocalDate day) {
        List<Object[]> keys = new ArrayList<>();
        keys.add(new Object[] {BudgetScope.SALESPERSON, person.login()});
        if (person.region() != null) {
            keys.add(new Object[] {BudgetScope.REGION, person.region()});
        }
        if (person.department() != null) {
            keys.add(new Object[] {BudgetScope.DEPARTMENT, person.department()});
        }
        for (Object[] k : keys) {
            List<Object[]> found = em.createQuery("select b.id, b.category from BudgetEntity b where b.scope = :s"
                    + " and b.scopeKey = :k and b.category in (:c, '*') and b.periodFrom <= :d and b.periodTo >= :d",
                    Object[].class).setParameter("s", k[0]).setParameter("k", k[1])
                    .setParameter("c", category.name()).setParameter("d", day).getResultList();
            Optional<Long> exact = found.stream().filter(r -> category.name().equals(r[1])).map(r -> (Long) r[0])
                    .findFirst();
            if (exact.isPresent()) {
                return exact;
            }
            if (!found.isEmpty()) {
                return Optional.of((Long) found.get(0)[0]);
            }
        }
        return Optional.empty();
    }

    /** A budget over which a spend would go: what is available and what the spend asks. */
    public record Short(long budgetId, String name, BigDecimal available, BigDecimal asked) {
    }

    /**
     * Locks the budgets and tells which of them cannot take the amounts.
     *
     * @param amounts budget id → amount
     */
    public List<Short> lockAndCheck(EntityManager em, Map<Long, BigDecimal> amounts) {
        List<Short> out = new ArrayList<>();
        for (BudgetEntity b : locked(em, amounts)) {
            BigDecimal asked = amounts.get(b.id);
            if (b.available().compareTo(asked) < 0) {
                out.add(new Short(b.id, b.name, b.available(), asked));
            }
        }
        return out;
    }

    /** Commits the amounts (approved, not yet spent), under the budgets' locks. */
    public void commit(EntityManager em, Map<Long, BigDecimal> amounts, String document) {
        change(em, amounts, Map.of(), document);
    }

    /**
     * Moves what was committed to what was spent: {@code released} leaves committed, {@code spent} goes to actual (a
     * verification spends less than was approved: the rest goes back to the budget).
     */
    public void spend(EntityManager em, Map<Long, BigDecimal> released, Map<Long, BigDecimal> spent, String document) {
        Map<Long, BigDecimal> negative = new TreeMap<>();
        released.forEach((k, v) -> negative.put(k, v.negate()));
        change(em, negative, spent, document);
    }

    private void change(EntityManager em, Map<Long, BigDecimal> committed, Map<Long, BigDecimal> actual, String document) {
        Map<Long, BigDecimal> all = new TreeMap<>(committed);
        actual.forEach((k, v) -> all.putIfAbsent(k, BigDecimal.ZERO));
        for (BudgetEntity b : locked(em, all)) {
            BigDecimal c = committed.getOrDefault(b.id, BigDecimal.ZERO);
            BigDecimal a = actual.getOrDefault(b.id, BigDecimal.ZERO);
            if (c.signum() == 0 && a.signum() == 0) {
                continue;
            }
            Map<String, Object> before = Map.of("committed", b.committed.toPlainString(), "actual",
                    b.actual.toPlainString());
            b.committed = b.committed.add(c);
            b.actual = b.actual.add(a);
            store.audit(em, ExpensesModule.BUDGET, b.id, AuditAction.UPDATE, before, Map.of("committed",
                    b.committed.toPlainString(), "actual", b.actual.toPlainString(), "document", document));
        }
    }

    private List<BudgetEntity> locked(EntityManager em, Map<Long, BigDecimal> amounts) {
        if (amounts.isEmpty()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>(new java.util.TreeSet<>(amounts.keySet()));
        em.flush();
        locks.lock(em, ids);
        List<BudgetEntity> out = new ArrayList<>();
        for (Long id : ids) {
            BudgetEntity b = em.find(BudgetEntity.class, id);
            em.refresh(b);
            out.add(b);
        }
        return out;
    }
}
