package org.neiqin.contracts.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.money.Money;
import org.neiqin.api.review.Review;
import org.neiqin.api.review.ReviewService;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.review.ReviewRef;
import org.neiqin.kit.query.ListQuery;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** One document as the console, REST and shell show it: its revisions, history, review trail; and the list. */
@Component(service = DocumentReader.class)
public class DocumentReader {
    private final DocumentStore store;
    private final SecurityService security;
    private final ReviewService reviews;

    @Activate
    public DocumentReader(@Reference DocumentStore store, @Reference SecurityService security,
            @Reference ReviewService reviews) {
        this.store = store;
        this.security = security;
        this.reviews = reviews;
    }

    public DocumentView get(long id) {
        security.require(ContractsModule.READ);
        return store.read(em -> store.view(em, DocumentStore.visible(em, id, security.scope())));
    }

    /** @return every revision of a document, oldest first, with its lines. */
    public List<RevisionView> revisions(long id) {
        security.require(ContractsModule.READ);
        return store.read(em -> {
            DocumentEntity e = DocumentStore.visible(em, id, security.scope());
            return em.createQuery("select r from RevisionEntity r where r.documentId = :id order by r.revision",
                    RevisionEntity.class).setParameter("id", id).getResultList().stream()
                    .map(r -> new RevisionView(r.revision, r.state, DocumentStore.parseHeader(r.header),
                            store.contractLines(store.lines(em, id, r.revision), e.currency), Money.of(r.total, e.currency), r.reason,
                            r.stamps.createdAt(), r.stamps.createdBy(), r.decidedAt))
                    .collect(Collectors.toList());
        });
    }

    /** @return the document's changes and the review rounds on it, oldest first. */
    public List<AuditEntry> history(long id) {
        List<ReviewRef> refs = reviewRefs(id);
        List<AuditEntry> all = new ArrayList<>(store.history(ContractsModule.ENTITY, id));
        for (ReviewRef ref : refs) {
            all.addAll(store.history(ref.type(), ref.documentId()));
        }
        all.sort(Comparator.comparing(AuditEntry::at).thenComparing(AuditEntry::id));
        return all;
    }

    /** @return the review rounds that decided this document, latest of each kind. */
    public List<Review> reviewTrail(long id) {
        List<Review> out = new ArrayList<>();
        for (ReviewRef ref : reviewRefs(id)) {
            ref.latest(reviews).ifPresent(out::add);
        }
        out.sort(Comparator.comparing(Review::submittedAt));
        return out;
    }

    /** @return every review round a document can have had: its own and its amendments'. */
    private List<ReviewRef> reviewRefs(long id) {
        security.require(ContractsModule.READ);
        List<Integer> revisions = store.read(em -> {
            DocumentStore.visible(em, id, security.scope());
            return em.createQuery("select r.revision from RevisionEntity r where r.documentId = :id order by r.revision",
                    Integer.class).setParameter("id", id).getResultList();
        });
        List<ReviewRef> refs = new ArrayList<>();
        for (String type : ContractsModule.REVIEW_TYPES) {
            if (!type.equals(ContractsModule.REVIEW_AMENDMENT)) {
                refs.add(ReviewRef.of(type, id));
            }
        }
        for (int r : revisions) {
            if (r > 1) {
                refs.add(ReviewRef.of(ContractsModule.REVIEW_AMENDMENT, id, r));
            }
        }
        return refs;
    }

    public ListQuery.Page<DocumentRow> list(DocumentQuery q) {
        security.require(ContractsModule.READ);
        return store.read(em -> {
            return ListQuery.of("DocumentEntity", "d")
                    .eq("kind", q.kind())
                    .eq("state", q.state())
                    .eq("customerId", q.customerId())
                    .eq("salesperson", q.salesperson())
                    .eq("region", q.region())
                    .text(q.text(), "number", "customerName")
                    .where("d.documentDate >= :from", "from", q.from())
                    .where("d.documentDate <= :to", "to", q.to())
                    .scope(security.scope(), "salesperson", "region")
                    .page(Store.jpql(em), DocumentRow.COLUMNS, DocumentRow::of, q.orderBy(), q.offset(), q.limit());
        });
    }
}
