package org.neiqin.expenses.internal.reports;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

import javax.persistence.EntityManager;

import org.neiqin.expenses.internal.ExpensesStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The monthly spending rows: made at 0 before a claim or application that may add to them is written (each in a
 * transaction of its own, so that two people making one row at once both find it made), added to when the claim is
 * approved or the activity verified (an UPDATE of an existing row inside the approving transaction, which a second
 * approval at the same moment waits for).
 */
@Component(service = SpendMonths.class)
public class SpendMonths {
    private final ExpensesStore store;

    @Activate
    public SpendMonths(@Reference ExpensesStore store) {
        this.store = store;
    }

    /** Makes sure each key has its row; called outside any transaction. */
    public void ensure(Collection<SpendMonthKey> keys) {
        org.neiqin.kit.store.LockRows.ensure(store, SpendMonthEntity.class, keys, key -> {
            SpendMonthEntity e = new SpendMonthEntity();
            e.key = key;
            e.amount = BigDecimal.ZERO;
            return e;
        });
    }

    /** Adds the amounts to their months, in the caller's transaction. */
    public void add(EntityManager em, Map<SpendMonthKey, BigDecimal> amounts) {
        amounts.forEach((key, amount) -> {
            int updated = em.createQuery("update SpendMonthEntity s set s.amount = s.amount + :a where"
                    + " s.key.monthStart = :m and s.key.claimant = :c and s.key.region = :r and s.key.category = :g")
                    .setParameter("a", amount).setParameter("m", key.monthStart).setParameter("c", key.claimant)
                    .setParameter("r", key.region).setParameter("g", key.category).executeUpdate();
            if (updated == 0) {
                // a row not made beforehand (a claim submitted before the rows existed): made here
                SpendMonthEntity e = new SpendMonthEntity();
                e.key = key;
                e.amount = amount;
                em.persist(e);
            }
        });
    }
}
