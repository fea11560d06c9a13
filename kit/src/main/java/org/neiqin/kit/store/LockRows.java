package org.neiqin.kit.store;

import java.util.Collection;
import java.util.TreeSet;
import java.util.function.LongFunction;

import javax.persistence.EntityManager;

/**
 * Rows locked while a transaction counts what is left of something others take from at the same time: the quantity
 * of an order line that delivery notes take (logistics) or that invoices bill (invoicing). Each thing has one row in a
 * table of the module's; a transaction locks the rows of what it takes from before it counts, so a second one waits
 * for the first to commit and then counts what the first took. Both databases lock a row an UPDATE touches until the
 * transaction ends; rows are locked in the order of their keys, so two transactions never wait for each other in a
 * circle.
 *
 * @param <E> the module's lock entity: its id is the key of what is counted; {@code touched} is another of its
 *        attributes, which the locking UPDATE sets to itself
 */
public final class LockRows<E> {
    private final Store store;
    private final Class<E> type;
    private final String update;

    /**
     * @param type the module's lock entity (listed in its persistence unit)
     * @param id the entity's id attribute
     * @param touched an attribute the locking UPDATE sets to itself (not the id)
     */
    public LockRows(Store store, Class<E> type, String id, String touched) {
        this.store = store;
        this.type = type;
        this.update = "update " + type.getSimpleName() + " k set k." + touched + " = k." + touched + " where k." + id
                + " in :ids";
    }

    /**
     * Makes sure every key has its row, each in a transaction of its own, before the caller's own: two callers taking
     * from a thing nobody took from before both try to make its row; the second finds it made.
     *
     * @param make a new row for a key, not yet persisted
     */
    public void ensure(Collection<Long> keys, LongFunction<E> make) {
        ensure(store, type, keys, make::apply);
    }

    /**
     * Makes sure every key of any kind (a login, a counter's name, a composite key) has its row of {@code type}, each in
     * a transaction of its own, in the keys' order, outside the caller's transaction: two callers making one row at once
     * both find it made.
     *
     * @param make a new row for a key, not yet persisted
     * @since 1.2
     */
    public static <K extends Comparable<? super K>, R> void ensure(Store store, Class<R> type, Collection<K> keys,
            java.util.function.Function<K, R> make) {
        for (K key : new TreeSet<>(keys)) {
            if (key == null || store.read(em -> em.find(type, key) != null)) {
                continue;
            }
            try {
                store.run(em -> {
                    em.persist(make.apply(key));
                    // seen at once by a locking UPDATE when a caller's transaction holds both (demo data)
                    em.flush();
                });
            } catch (RuntimeException madeByAnother) {
                if (!store.read(em -> em.find(type, key) != null)) {
                    throw madeByAnother;
                }
            }
        }
    }

    /**
     * Locks the keys' rows until the caller's transaction ends.
     *
     * @throws IllegalStateException when a row is missing ({@link #ensure} was not called first)
     */
    public void lock(EntityManager em, Collection<Long> keys) {
        TreeSet<Long> sorted = new TreeSet<>(keys);
        if (sorted.isEmpty()) {
            return;
        }
        int locked = em.createQuery(update).setParameter("ids", sorted).executeUpdate();
        if (locked != sorted.size()) {
            throw new IllegalStateException("lock rows missing for " + sorted);
        }
    }
}
