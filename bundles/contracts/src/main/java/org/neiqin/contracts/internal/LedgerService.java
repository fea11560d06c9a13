package org.neiqin.contracts.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.neiqin.api.contracts.ContractDocument;
import org.neiqin.api.contracts.ContractLedger;
import org.neiqin.api.contracts.DocumentKind;
import org.neiqin.api.contracts.FulfilmentSchedule;
import org.neiqin.api.security.SecurityService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Orders and contracts as other modules read them ({@link ContractLedger}), with the reader's permission. */
@Component(service = ContractLedger.class)
public class LedgerService implements ContractLedger {
    private final DocumentStore store;
    private final SecurityService security;
    private final FulfilmentTracker tracker;

    @Activate
    public LedgerService(@Reference DocumentStore store, @Reference SecurityService security,
            @Reference FulfilmentTracker tracker) {
        this.store = store;
        this.security = security;
        this.tracker = tracker;
    }

    @Override
    public Optional<ContractDocument> find(long id) {
        security.require(ContractsModule.READ);
        return store.read(em -> Optional.ofNullable(em.find(DocumentEntity.class, id))
                .map(e -> store.document(e, store.lines(em, e.id, e.revision))));
    }

    @Override
    public Optional<ContractDocument> findByNumber(String number) {
        security.require(ContractsModule.READ);
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        return store.read(em -> em.createQuery(
                "select d from DocumentEntity d where d.number = :n order by d.id", DocumentEntity.class)
                .setParameter("n", number.trim()).setMaxResults(1).getResultList().stream().findFirst()
                .map(e -> store.document(e, store.lines(em, e.id, e.revision))));
    }

    @Override
    public List<ContractDocument> byCustomer(long customerId, int limit) {
        security.require(ContractsModule.READ);
        return store.read(em -> {
            List<DocumentEntity> docs = em.createQuery("select d from DocumentEntity d where d.customerId = :c"
                    + " and d.kind <> :q order by d.documentDate desc, d.id desc", DocumentEntity.class)
                    .setParameter("c", customerId).setParameter("q", DocumentKind.QUOTATION)
                    .setMaxResults(Math.max(1, Math.min(limit, 1000))).getResultList();
            Map<Long, List<LineEntity>> lines = store.lines(em, docs);
            return docs.stream().map(e -> store.document(e, lines.getOrDefault(e.id, List.of()))).collect(Collectors.toList());
        });
    }

    @Override
    public FulfilmentSchedule schedule(long id) {
        security.require(ContractsModule.READ);
        DocumentEntity e = store.read(em -> store.find(em, id));
        return tracker.schedules(List.of(e)).get(id);
    }
}
