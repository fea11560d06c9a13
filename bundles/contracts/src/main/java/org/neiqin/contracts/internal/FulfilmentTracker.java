package org.neiqin.contracts.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.neiqin.api.contracts.DocumentState;
import org.neiqin.api.contracts.FulfilmentSchedule;
import org.neiqin.api.contracts.FulfilmentSource;
import org.neiqin.api.contracts.LineProgress;
import org.neiqin.api.money.Money;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * What other modules report done on orders and contracts ({@link FulfilmentSource}: delivered,
 * invoiced, paid), turned into schedules and the credit still in use.
 */
@Component(service = FulfilmentTracker.class)
public class FulfilmentTracker {
    private final DocumentStore store;
    private final DeliveredLedger ledger;
    private final List<FulfilmentSource> sources = new CopyOnWriteArrayList<>();

    @Activate
    public FulfilmentTracker(@Reference DocumentStore store, @Reference DeliveredLedger ledger) {
        this.store = store;
        this.ledger = ledger;
    }

    /** A source counted: the ledger of what it delivered is filled from it the first time. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindSource(FulfilmentSource s) {
        ledger.fill(s);
        sources.add(s);
    }

    void unbindSource(FulfilmentSource s) {
        sources.remove(s);
    }

    Map<Long, FulfilmentSchedule> schedules(List<DocumentEntity> docs) {
        Map<Long, FulfilmentSchedule> out = new HashMap<>();
        if (docs.isEmpty()) {
            return out;
        }
        Map<Long, List<LineEntity>> lines = store.read(em -> store.lines(em, docs));
        Map<Long, List<LineProgress>> progress = Fulfilment.byDocument(progress(docs.stream().map(d -> d.id)
                .collect(Collectors.toList())));
        List<String> names = sourceNames();
        LocalDate today = store.today();
        for (DocumentEntity d : docs) {
            out.put(d.id, Fulfilment.schedule(store.document(d, lines.getOrDefault(d.id, List.of())),
                    progress.getOrDefault(d.id, List.of()), names, today));
        }
        return out;
    }

    List<LineProgress> progress(Collection<Long> ids) {
        List<LineProgress> all = new ArrayList<>();
        if (ids.isEmpty()) {
            return all;
        }
        for (FulfilmentSource s : sources) {
            all.addAll(s.progress(ids));
        }
        return all;
    }

    List<String> sourceNames() {
        return sources.stream().map(FulfilmentSource::name).sorted().collect(Collectors.toList());
    }

    /** @return a customer's orders and contracts in force that count against the credit limit, in {@code cur}. */
    static List<DocumentEntity> openSales(EntityManager em, long customerId, String cur) {
        return em.createQuery("select d from DocumentEntity d where d.customerId = :c and d.state = :s"
                + " and d.currency = :cur", DocumentEntity.class).setParameter("c", customerId)
                .setParameter("s", DocumentState.EFFECTIVE).setParameter("cur", cur).getResultList().stream()
                .filter(d -> d.kind.isSale()).collect(Collectors.toList());
    }

    /** @return the larger of two amounts in {@code cur} (either may be missing or in another currency), or null */
    private static Money larger(Money a, Money b, String cur) {
        Money x = a != null && a.currency().getCurrencyCode().equals(cur) ? a : null;
        Money y = b != null && b.currency().getCurrencyCode().equals(cur) ? b : null;
        if (x == null || y == null) {
            return x == null ? y : x;
        }
        return x.amount().compareTo(y.amount()) >= 0 ? x : y;
    }

    /**
     * @return what the customer has in use on {@code open}: their totals less what was invoiced of them (owed on the
     *         invoices, which invoicing reports to the credit ledger itself) or, where more, paid
     */
    Money creditInUse(List<DocumentEntity> open, String cur) {
        Money inUse = Money.zero(cur);
        for (DocumentEntity d : open) {
            inUse = inUse.plus(Money.of(d.total, d.currency));
        }
        for (LineProgress p : progress(open.stream().map(d -> d.id).collect(Collectors.toList()))) {
            // what was invoiced is owed on the invoice (invoicing's own credit source), what was paid is not owed: an
            // order counts for neither twice
            Money settled = larger(p.invoiced(), p.paid(), cur);
            if (settled != null) {
                inUse = inUse.minus(settled);
            }
        }
        return inUse;
    }
}
