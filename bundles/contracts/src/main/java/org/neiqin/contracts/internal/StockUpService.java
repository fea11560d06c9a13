package org.neiqin.contracts.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import javax.persistence.TypedQuery;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.contracts.DocumentKind;
import org.neiqin.api.contracts.DocumentState;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Stock-up requests (备货申请): the sales side asks purchasing to stock a line of an open order or
 * contract; purchasing accepts, declines (saying why) or reports it done. Audited on the document.
 */
@Component(service = StockUpService.class)
public class StockUpService {
    private final DocumentStore store;
    private final SecurityService security;

    @Activate
    public StockUpService(@Reference DocumentStore store, @Reference SecurityService security) {
        this.store = store;
        this.security = security;
    }

    // ---- stock-up requests -------------------------------------------------------------------

    public StockUpView request(long documentId, StockUpData data) {
        Actor actor = security.require(ContractsModule.WRITE);
        Forms.require(Forms.check(DraftService.body(data)));
        return store.write(em -> {
            DocumentEntity e = DocumentStore.visible(em, documentId, security.scope());
            if (e.kind == DocumentKind.QUOTATION || e.state == DocumentState.CLOSED) {
                throw new ConflictException("no-stock-up", Text.of("contracts.stockUp.notOpen",
                        "{0} is a {1} in state {2}; stock is requested for orders and contracts that are open", DocumentStore.display(e),
                        e.kind, e.state));
            }
            LineEntity line = DocumentStore.lines(em, e.id, e.revision).stream().filter(l -> l.lineKey.equals(data.lineKey()))
                    .findFirst().orElseThrow(() -> new ValidationException("lineKey", "unknown",
                            Text.of("contracts.stockUp.unknownLine", "{0} has no line {1}", DocumentStore.display(e), data.lineKey())));
            StockUpEntity s = new StockUpEntity();
            s.documentId = e.id;
            s.lineKey = line.lineKey;
            s.product = line.product + (line.spec == null ? "" : " " + line.spec);
            s.unit = line.unit;
            s.quantityNeeded = data.quantityNeeded();
            s.stockOnHand = data.stockOnHand();
            s.neededBy = data.neededBy();
            s.note = data.note();
            s.state = StockUpState.REQUESTED;
            s.requestedBy = actor.name();
            s.requestedAt = store.now();
            store.persist(em, s);
            store.audit(em, ContractsModule.ENTITY, e.id, AuditAction.CREATE, null,
                    Map.of("stockUp", s.id, "product", s.product, "quantityNeeded", s.quantityNeeded.toPlainString(),
                            "neededBy", s.neededBy.toString()));
            return stockUp(s, DocumentStore.display(e));
        });
    }

    /** Purchasing answers a request: accepted, declined (with the answer why) or done. */
    public StockUpView answer(long id, int version, StockUpState to, String answer) {
        Actor actor = security.require(ContractsModule.STOCK);
        if (to == null || to == StockUpState.REQUESTED) {
            throw new ValidationException("state", "required", Text.of("contracts.stockUp.answer.state",
                    "answer with ACCEPTED, DECLINED or DONE"));
        }
        if (to == StockUpState.DECLINED && (answer == null || answer.isBlank())) {
            throw new ValidationException("answer", "required", Text.of("contracts.stockUp.answer.reason",
                    "say why the request is declined"));
        }
        if (answer != null && answer.length() > 500) {
            throw new ValidationException("answer", "maxLength", Text.of("contracts.stockUp.answer.maxLength",
                    "answer may have at most {0} characters", 500));
        }
        return store.write(em -> {
            StockUpEntity s = Store.find(em, StockUpEntity.class, id, "stock-up request");
            DocumentEntity d = DocumentStore.find(em, s.documentId);
            org.neiqin.kit.query.Scopes.require(security.scope(), s, d.salesperson, d.region, "stock-up request", id);
            org.neiqin.api.error.ConflictException.requireVersion(s.version(), version, "stock-up request", s.reference());
            boolean allowed = s.state == StockUpState.REQUESTED
                    || (s.state == StockUpState.ACCEPTED && to == StockUpState.DONE);
            if (!allowed) {
                throw new ConflictException("stock-up-state", Text.of("contracts.stockUp.state",
                        "stock-up request {0} is {1} and cannot become {2}", id, s.state, to));
            }
            StockUpState was = s.state;
            s.state = to;
            s.answer = answer == null || answer.isBlank() ? s.answer : answer.trim();
            s.handledBy = actor.name();
            s.handledAt = store.now();
            store.audit(em, ContractsModule.ENTITY, s.documentId, AuditAction.TRANSITION, Map.of("stockUp", id, "state", was.name()),
                    Map.of("stockUp", id, "state", to.name(), "answer", Objects.toString(s.answer, "")));
            return stockUp(s, DocumentStore.display(DocumentStore.find(em, s.documentId)));
        });
    }

    /** @return the requests of one document, or every open one when {@code documentId} is null. */
    public List<StockUpView> list(Long documentId) {
        security.require(ContractsModule.READ);
        return store.read(em -> {
            TypedQuery<StockUpEntity> q = documentId == null
                    ? em.createQuery("select s from StockUpEntity s where s.state in :open order by s.neededBy, s.id",
                            StockUpEntity.class).setParameter("open", List.of(StockUpState.REQUESTED,
                                    StockUpState.ACCEPTED))
                    : em.createQuery("select s from StockUpEntity s where s.documentId = :d order by s.id",
                            StockUpEntity.class).setParameter("d", documentId);
            // the requests of the documents the caller's record scope reaches
            org.neiqin.api.security.RecordScope scope = security.scope();
            Map<Long, DocumentEntity> docs = new HashMap<>();
            return q.getResultList().stream().filter(s -> {
                DocumentEntity d = docs.computeIfAbsent(s.documentId, id -> DocumentStore.find(em, id));
                return scope.covers(d.salesperson, d.region);
            }).map(s -> stockUp(s, DocumentStore.display(docs.get(s.documentId)))).collect(Collectors.toList());
        });
    }

    private static StockUpView stockUp(StockUpEntity s, String number) {
        return new StockUpView(s.id, s.version, s.documentId, number, s.lineKey, s.product, s.quantityNeeded, s.unit,
                s.stockOnHand, s.neededBy, s.note, s.state, s.answer, s.requestedBy, s.requestedAt, s.handledBy,
                s.handledAt);
    }
}
