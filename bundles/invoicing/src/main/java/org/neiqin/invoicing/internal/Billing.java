package org.neiqin.invoicing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.neiqin.api.contracts.ContractDocument;
import org.neiqin.api.contracts.ContractLine;
import org.neiqin.api.logistics.DeliveryService;
import org.neiqin.api.logistics.LineDelivered;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * How much of each line of an order or contract may still be invoiced: what was delivered of it (logistics installed
 * and {@code billDelivered}) or what was ordered, less what invoices not withdrawn already bill, plus what issued
 * credit notes took back. Requests take their quantities under the document's lock row ({@code INV_DOCUMENT_LOCK}), so
 * two clerks billing the same line at once cannot bill it twice.
 */
@Component(service = Billing.class)
public class Billing {
    /** One order line as a request may bill it. */
    public record Billable(ContractLine line, BigDecimal base, boolean delivered, BigDecimal invoiced, BigDecimal left) {
    }

    private final InvoicingStore store;
    private final InvoicingSettings settings;
    private final org.neiqin.kit.store.LockRows<InvoiceLockEntity> locks;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile DeliveryService deliveries;

    @Activate
    public Billing(@Reference InvoicingStore store, @Reference InvoicingSettings settings) {
        this.store = store;
        this.settings = settings;
        this.locks = new org.neiqin.kit.store.LockRows<>(store, InvoiceLockEntity.class, "documentId", "touched");
    }

    /** Makes the document's lock row if it has none, in a transaction of its own: before the request's. */
    void ensureLock(long documentId) {
        locks.ensure(List.of(documentId), id -> {
            InvoiceLockEntity e = new InvoiceLockEntity();
            e.documentId = id;
            return e;
        });
    }

    /** Locks the document's lines until the transaction ends. */
    void lock(EntityManager em, long documentId) {
        locks.lock(em, List.of(documentId));
    }

    /** @return each line of the document with what may still be billed of it (read in the caller's transaction) */
    List<Billable> billable(EntityManager em, ContractDocument doc) {
        Map<Long, BigDecimal> invoiced = invoiced(em, doc.id());
        DeliveryService d = settings.billDelivered() ? deliveries : null;
        Map<Long, BigDecimal> delivered = new HashMap<>();
        if (d != null) {
            for (LineDelivered l : d.delivered(doc.id())) {
                delivered.put(l.lineId(), l.delivered());
            }
        }
        List<Billable> out = new ArrayList<>();
        for (ContractLine l : doc.lines()) {
            BigDecimal base = d == null ? l.quantity() : delivered.getOrDefault(l.id(), BigDecimal.ZERO);
            BigDecimal done = invoiced.getOrDefault(l.id(), BigDecimal.ZERO);
            out.add(new Billable(l, base, d != null, done, base.subtract(done).max(BigDecimal.ZERO)));
        }
        return out;
    }

    /** @see #billable(EntityManager, ContractDocument) in a transaction of its own, for a form */
    public List<Billable> billable(ContractDocument doc) {
        return store.read(em -> billable(em, doc));
    }

    /** @return the quantity of each of the document's lines that invoices not cancelled bill */
    private static Map<Long, BigDecimal> invoiced(EntityManager em, long documentId) {
        Map<Long, BigDecimal> out = new HashMap<>();
        for (Object[] r : em.createQuery("select l.lineKey, sum(l.quantity) from InvoiceLineEntity l, InvoiceEntity i"
                + " where l.invoiceId = i.id and i.documentId = :d and i.state <> :cancelled and (i.creditOf is null"
                + " or i.state = :issued) group by l.lineKey", Object[].class).setParameter("d", documentId)
                .setParameter("cancelled", InvoiceState.CANCELLED).setParameter("issued", InvoiceState.ISSUED)
                .getResultList()) {
            out.put((Long) r[0], (BigDecimal) r[1]);
        }
        return out;
    }
}
