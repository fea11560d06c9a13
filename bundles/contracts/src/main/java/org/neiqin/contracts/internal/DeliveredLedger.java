package org.neiqin.contracts.internal;

import java.math.BigDecimal;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.neiqin.api.contracts.FulfilmentLedger;
import org.neiqin.api.contracts.FulfilmentSource;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The value each source delivered on each document ({@link FulfilmentLedger}), which the statistics
 * sum with the documents in one query.
 */
@Component(service = {FulfilmentLedger.class, DeliveredLedger.class})
public class DeliveredLedger implements FulfilmentLedger {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveredLedger.class);
    private final DocumentStore store;

    @Activate
    public DeliveredLedger(@Reference DocumentStore store) {
        this.store = store;
    }

    @Override
    public void delivered(String source, long documentId, BigDecimal value) {
        store.run(em -> {
            // the document's row lock: two notes of one order shipped at once add up one after the other
            DocumentEntity d = em.find(DocumentEntity.class, documentId, LockModeType.PESSIMISTIC_WRITE);
            if (d == null) {
                Store.find(em, DocumentEntity.class, documentId, "document");
            }
            add(em, source, documentId, value);
        });
    }

    private static void add(EntityManager em, String source, long documentId, BigDecimal value) {
        DeliveredEntity row = em.createQuery("select v from DeliveredEntity v where v.documentId = :d and v.source = :s",
                DeliveredEntity.class).setParameter("d", documentId).setParameter("s", source).getResultList().stream()
                .findFirst().orElse(null);
        if (row == null) {
            row = new DeliveredEntity();
            row.documentId = documentId;
            row.source = source;
            row.amount = value;
            em.persist(row);
        } else {
            row.amount = row.amount.add(value);
        }
        // written now: a caller whose transaction reports twice (two notes of one order) may reach this
        // unit through another persistence context of the same transaction, which reads the database
        em.flush();
    }

    /**
     * Fills the ledger from a source counted for the first time: a module installed later, or one
     * that delivered before this ledger existed. Under an exclusive lock of the ledger's table: a
     * delivery reported before it is replaced by the source's own sum (which holds it once
     * committed), one reported meanwhile waits and is added after; a node that comes second finds
     * the source filled.
     */
    void fill(FulfilmentSource source) {
        String name = source.name();
        try {
            int filled = store.write(em -> {
                em.createNativeQuery("LOCK TABLE CT_DELIVERED IN EXCLUSIVE MODE").executeUpdate();
                if (!em.createNativeQuery("SELECT NAME FROM CT_DELIVERED_SOURCE WHERE NAME = ?1").setParameter(1, name)
                        .getResultList().isEmpty()) {
                    return -1;
                }
                em.createQuery("delete from DeliveredEntity v where v.source = :s").setParameter("s", name).executeUpdate();
                Map<Long, BigDecimal> values = source.deliveredValues(0, Long.MAX_VALUE);
                values.forEach((id, v) -> add(em, name, id, v));
                em.createNativeQuery("INSERT INTO CT_DELIVERED_SOURCE (NAME, FILLED_AT) VALUES (?1, ?2)")
                        .setParameter(1, name).setParameter(2, java.sql.Timestamp.from(store.now())).executeUpdate();
                return values.size();
            });
            if (filled >= 0) {
                LOG.info("Fulfilment ledger: counting {} from now on, filled with what it delivered on {} documents",
                        name, filled);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not fill the fulfilment ledger from {}; tried again when it is next counted: {}", name,
                    e.toString());
        }
    }
}
