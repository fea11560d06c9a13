package org.neiqin.leads.internal.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

import javax.persistence.EntityManager;

import org.neiqin.leads.internal.LeadsStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The public intake's counters, in the database so that every node counts the same: each counter's row is made once
 * (in a transaction of its own), then a submission locks its counters in one order, counts itself in each, and holds
 * them until its transaction ends — two submissions with one phone number come one after the other.
 */
@Component(service = Limits.class)
public class Limits {
    private final LeadsStore store;

    @Activate
    public Limits(@Reference LeadsStore store) {
        this.store = store;
    }

    /** Makes the counters' rows; called outside any transaction. */
    public void ensure(Collection<String> counters) {
        org.neiqin.kit.store.LockRows.ensure(store, LimitEntity.class, counters, counter -> {
            LimitEntity l = new LimitEntity();
            l.counter = counter;
            l.windowStart = store.now();
            l.hits = 0;
            return l;
        });
    }

    /**
     * Counts one submission in {@code counter}, in the caller's transaction (which holds the row until it ends); a
     * window that has passed starts again with this one.
     *
     * @return whether the counter is still within {@code limit}
     */
    public boolean count(EntityManager em, String counter, int limit, Duration window, Instant now) {
        int locked = em.createQuery("update LimitEntity l set l.hits = l.hits + 1 where l.counter = :c")
                .setParameter("c", counter).executeUpdate();
        if (locked != 1) {
            throw new IllegalStateException("no counter row " + counter + ": Limits.ensure was not called first");
        }
        Object[] row = em.createQuery("select l.windowStart, l.hits from LimitEntity l where l.counter = :c",
                Object[].class).setParameter("c", counter).getSingleResult();
        Instant start = (Instant) row[0];
        int hits = (Integer) row[1];
        if (!now.isBefore(start.plus(window))) {
            em.createQuery("update LimitEntity l set l.hits = 1, l.windowStart = :now where l.counter = :c")
                    .setParameter("now", now).setParameter("c", counter).executeUpdate();
            hits = 1;
        }
        return hits <= limit;
    }

    /** Forgets counters whose window passed long ago (kept a day, so the table does not grow with every address). */
    public int forget(Instant before) {
        return store.write(em -> em.createQuery("delete from LimitEntity l where l.windowStart < :b")
                .setParameter("b", before).executeUpdate());
    }
}
