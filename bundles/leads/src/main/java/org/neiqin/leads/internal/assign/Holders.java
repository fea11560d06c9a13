package org.neiqin.leads.internal.assign;

import java.util.Collection;

import javax.persistence.EntityManager;

import org.neiqin.leads.internal.LeadsStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The open leads each salesperson holds, against their cap (客保数量). A lead taken up counts by one UPDATE that adds
 * only while the person is under their cap: two assignments to one person at once both wait for the row, and the
 * second finds the count the first left.
 */
@Component(service = Holders.class)
public class Holders {
    private final LeadsStore store;

    @Activate
    public Holders(@Reference LeadsStore store) {
        this.store = store;
    }

    /** Makes each person's row, each in a transaction of its own; called outside the caller's transaction. */
    public void ensure(Collection<String> logins) {
        // a person's first row counts what they hold already (leads given before the row was made)
        org.neiqin.kit.store.LockRows.ensure(store, HolderEntity.class, logins, login -> {
            HolderEntity h = new HolderEntity();
            h.login = login;
            h.holding = store.read(em -> em.createQuery("select count(l) from LeadEntity l where l.owner = :o and"
                    + " l.stage not in ('WON', 'LOST')", Long.class).setParameter("o", login).getSingleResult()).intValue();
            return h;
        });
    }

    /** @return whether {@code login} took one more lead (under {@code cap}); counted in the caller's transaction */
    public boolean take(EntityManager em, String login, int cap) {
        int updated = em.createQuery("update HolderEntity h set h.holding = h.holding + 1 where h.login = :l and"
                + " h.holding < :cap").setParameter("l", login).setParameter("cap", cap).executeUpdate();
        if (updated == 1) {
            return true;
        }
        if (em.find(HolderEntity.class, login) != null) {
            return false;
        }
        throw new IllegalStateException("no holder row for " + login + ": Holders.ensure was not called first");
    }

    /** One lead less for {@code login} (won, lost, back to the pool, given to another). */
    public void release(EntityManager em, String login) {
        if (login != null) {
            em.createQuery("update HolderEntity h set h.holding = h.holding - 1 where h.login = :l and h.holding > 0")
                    .setParameter("l", login).executeUpdate();
        }
    }

    /** @return how many open leads {@code login} holds now */
    public int holding(String login) {
        return store.read(em -> {
            HolderEntity h = em.find(HolderEntity.class, login);
            return h == null ? 0 : h.holding;
        });
    }
}
