package org.neiqin.contracts.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.neiqin.api.audit.AuditService;
import org.neiqin.api.contracts.ContractDocument;
import org.neiqin.api.contracts.ContractEvents;
import org.neiqin.api.contracts.ContractLine;
import org.neiqin.api.contracts.DocumentState;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.NotFoundException;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.event.EventPublisher;
import org.neiqin.api.ids.IdService;
import org.neiqin.api.time.CompanyClock;
import org.neiqin.api.module.SchemaReady;
import org.neiqin.api.money.Money;
import org.neiqin.api.security.Actor;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The contracts module's storage (unit {@code neiqin-contracts}, once its migrations have run) and
 * what every service does to a document: find and load it, read and write its lines and revisions,
 * move it from state to state with an audit entry, show it, and tell other modules after commit.
 */
@Component(service = DocumentStore.class)
public class DocumentStore extends Store {
    @Activate
    public DocumentStore(@Reference(target = "(osgi.unit.name=neiqin-contracts)") JpaTemplate jpa,
            @Reference(target = "(" + SchemaReady.MODULE + "=" + ContractsModule.ID + ")") SchemaReady schema,
            @Reference IdService ids, @Reference AuditService audit, @Reference EventPublisher events,
            @Reference CompanyClock clock) {
        super(ContractsModule.ID, ContractsModule.IDS, jpa, ids, audit, events, clock);
    }

    static DocumentEntity find(EntityManager em, long id) {
        return Store.find(em, DocumentEntity.class, id, "document");
    }

    static DocumentEntity load(EntityManager em, long id, int version) {
        return Store.load(em, DocumentEntity.class, id, version, "document");
    }

    /** @return the document, when {@code scope} (the caller's) reaches it; 404 as for none otherwise */
    static DocumentEntity visible(EntityManager em, long id, org.neiqin.api.security.RecordScope scope) {
        DocumentEntity e = find(em, id);
        return org.neiqin.kit.query.Scopes.require(scope, e, e.salesperson, e.region, "document", id);
    }

    /** @return the rules' problems of a document, and its own when the caller would not see it once written */
    static java.util.List<org.neiqin.api.error.FieldError> checked(java.util.List<org.neiqin.api.error.FieldError> rules,
            DocumentData d, org.neiqin.api.security.RecordScope scope) {
        java.util.List<org.neiqin.api.error.FieldError> all = new java.util.ArrayList<>(rules);
        all.addAll(org.neiqin.kit.query.Scopes.problems(scope, d.salesperson(), d.region(), "documents"));
        return all;
    }

    /** @return the document at {@code version}, when {@code scope} reaches it (checked first: 404, not 409) */
    static DocumentEntity visible(EntityManager em, long id, int version, org.neiqin.api.security.RecordScope scope) {
        DocumentEntity e = visible(em, id, scope);
        org.neiqin.api.error.ConflictException.requireVersion(e.version(), version, "document", e.reference());
        return e;
    }

    static List<LineEntity> lines(EntityManager em, long id, int revision) {
        return em.createQuery("select l from LineEntity l where l.documentId = :id and l.revision = :rev"
                + " order by l.lineNo", LineEntity.class).setParameter("id", id).setParameter("rev", revision)
                .getResultList();
    }

    /** The lines in force of many documents in one query. */
    static Map<Long, List<LineEntity>> lines(EntityManager em, List<DocumentEntity> docs) {
        Map<Long, List<LineEntity>> out = new HashMap<>();
        if (docs.isEmpty()) {
            return out;
        }
        Map<Long, Integer> revisions = new HashMap<>();
        docs.forEach(d -> revisions.put(d.id, d.revision));
        List<Long> all = docs.stream().map(d -> d.id).collect(Collectors.toList());
        for (LineEntity l : byIds(all, ids -> em.createQuery("select l from LineEntity l where l.documentId in :ids"
                + " order by l.documentId, l.lineNo", LineEntity.class).setParameter("ids", ids).getResultList())) {
            if (revisions.get(l.documentId) == l.revision) {
                out.computeIfAbsent(l.documentId, k -> new ArrayList<>()).add(l);
            }
        }
        return out;
    }

    /** @return what {@code query} finds for {@code ids}, asked 500 ids at a time (an IN list stays short). */
    static <T> List<T> byIds(List<Long> ids, java.util.function.Function<List<Long>, List<T>> query) {
        List<T> out = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 500) {
            out.addAll(query.apply(ids.subList(from, Math.min(ids.size(), from + 500))));
        }
        return out;
    }

    static List<LineData> lineData(List<LineEntity> lines, String currency) {
        return lines.stream().map(l -> new LineData(l.lineKey, l.productId, l.product, l.spec, l.quantity, l.unit,
                Money.of(l.unitPrice, currency), l.weight)).collect(Collectors.toList());
    }

    static List<ContractLine> contractLines(List<LineEntity> lines, String cur) {
        return lines.stream().map(l -> new ContractLine(l.lineKey, l.lineNo, l.product, l.spec, l.quantity, l.unit,
                Money.of(l.unitPrice, cur), Money.of(l.amount, cur), l.weight, l.productId, l.productCode,
                l.listPrice == null ? null : Money.of(l.listPrice, cur)))
                .collect(Collectors.toList());
    }

    static ContractDocument document(DocumentEntity e, List<LineEntity> lines) {
        return new ContractDocument(e.id, e.kind, e.number, e.state, e.customerId, e.customerName, e.salesperson,
                e.region, e.documentDate, e.deliveryDate, e.revision, Money.of(e.total, e.currency),
                contractLines(lines, e.currency), e.deliveryAddress, e.contact, e.phone);
    }

    static DocumentData header(DocumentEntity e) {
        return Forms.read(DocumentData.class, e);
    }

    static DocumentView view(EntityManager em, DocumentEntity e) {
        return view(e, lines(em, e.id, e.revision));
    }

    static DocumentView view(DocumentEntity e, List<LineEntity> lines) {
        return new DocumentView(e.id, e.kind, e.number, e.state, e.version, e.revision, e.pendingRevision,
                e.customerName, header(e), contractLines(lines, e.currency), Money.of(e.total, e.currency), e.sourceId,
                e.creditCheck, e.signedOn, e.signedCopy, e.closedReason, e.stamps.createdBy(), e.stamps.createdAt(), e.stamps.updatedAt(),
                e.stamps.updatedBy());
    }

    static String display(DocumentEntity e) {
        return DocumentRules.displayNumber(e.number, e.id);
    }

    /** A review's title: kind, number, customer and total, in the reviewer's language where shown. */
    static Text title(DocumentEntity e) {
        return Text.of("contracts.review.title", "{0} {1} — {2} — {3} {4}", e.kind, display(e), e.customerName,
                e.total, e.currency);
    }

    static void expect(DocumentEntity e, DocumentState state) {
        if (e.state != state) {
            throw new ConflictException("state", Text.of("contracts.state", "{0} is {1}, not {2}", display(e), e.state, state));
        }
    }

    static RevisionEntity revision(EntityManager em, long id, int revision) {
        return em.createQuery("select r from RevisionEntity r where r.documentId = :id and r.revision = :rev",
                RevisionEntity.class).setParameter("id", id).setParameter("rev", revision).getResultList().stream()
                .findFirst().orElseThrow(() -> new NotFoundException(Text.of("contracts.revision.notFound",
                        "revision {0} of document {1} not found", revision, id)));
    }

    static Map<String, String> attributes(DocumentData d) {
        Map<String, String> a = new HashMap<>();
        if (d.region() != null) {
            a.put("region", d.region());
        }
        if (d.city() != null) {
            a.put("city", d.city());
        }
        return a;
    }

    void requireKnownKeys(EntityManager em, DocumentEntity e, List<LineData> lines) {
        Set<Long> known = new HashSet<>(em.createQuery("select l.lineKey from LineEntity l where l.documentId = :id",
                Long.class).setParameter("id", e.id).getResultList());
        for (int i = 0; i < lines.size(); i++) {
            Long key = lines.get(i).key();
            if (key != null && !known.contains(key)) {
                throw new ValidationException("lines[" + i + "].key", "unknown", Text.of("contracts.line.unknownKey",
                        "line {0}: {1} has no line {2}; leave the key empty for a new line", i + 1, display(e), key));
            }
        }
    }

    /** @return the products lines named, by line key: what an amendment keeps when it keeps a line's product */
    static Map<Long, ProductLines.Named> named(List<LineEntity> lines) {
        Map<Long, ProductLines.Named> out = new HashMap<>();
        for (LineEntity l : lines) {
            out.put(l.lineKey, new ProductLines.Named(l.productId, l.productCode));
        }
        return out;
    }

    /** @param named the lines with the code and list price of each product a line names ({@link ProductLines}) */
    void writeLines(EntityManager em, DocumentEntity e, int revision, ProductLines.Result named) {
        List<LineData> lines = named.lines();
        Map<Long, String> codes = named.codes();
        for (int i = 0; i < lines.size(); i++) {
            LineData d = lines.get(i);
            LineEntity l = new LineEntity();
            l.documentId = e.id;
            l.revision = revision;
            l.lineNo = i + 1;
            l.product = d.product();
            l.spec = d.spec();
            l.quantity = d.quantity();
            l.unit = d.unit();
            l.unitPrice = d.unitPrice().amount();
            l.amount = DocumentRules.amount(d, e.currency).amount();
            l.weight = d.weight();
            l.productId = d.productId();
            l.productCode = d.productId() == null ? null : codes.get(d.productId());
            Money listPrice = named.listPrice(i);
            l.listPrice = listPrice == null ? null : listPrice.amount();
            l.id = nextId();
            // a new line's key is its own id
            l.lineKey = d.key() == null ? l.id : d.key();
            em.persist(l);
        }
        em.flush();
    }

    RevisionEntity writeRevision(EntityManager em, DocumentEntity e, int revision, RevisionState state,
            DocumentData d, String reason, Actor actor) {
        RevisionEntity r = new RevisionEntity();
        r.documentId = e.id;
        r.revision = revision;
        r.state = state;
        r.header = text(d);
        r.total = e.total;
        r.reason = reason;
        create(em, r, actor);
        return r;
    }

    void revisionInForce(EntityManager em, DocumentEntity e, Actor actor) {
        for (RevisionEntity r : em.createQuery("select r from RevisionEntity r where r.documentId = :id",
                RevisionEntity.class).setParameter("id", e.id).getResultList()) {
            if (r.revision == e.revision) {
                r.state = RevisionState.IN_FORCE;
                r.decidedAt = now();
                touch(r, actor);
            } else if (r.state == RevisionState.IN_FORCE || r.state == RevisionState.DRAFT) {
                r.state = RevisionState.SUPERSEDED;
                touch(r, actor);
            }
        }
    }

    /** Takes one step of the document's lifecycle (DocumentRules.STEPS), audited with its number and reason. */
    void transition(EntityManager em, DocumentEntity e, DocumentState to, Actor actor, String reason) {
        move(em, ContractsModule.ENTITY, e, to, actor, reason, e.number == null ? Map.of() : Map.of("number", e.number));
    }

    /** Tells other modules, once the transaction commits, what became of a document. */
    void post(String topic, DocumentEntity e, Actor actor) {
        event(topic, actor).with(ContractEvents.DOCUMENT_ID, String.valueOf(e.id)).with(ContractEvents.NUMBER, e.number)
                .with(ContractEvents.KIND, e.kind.name()).with(ContractEvents.CUSTOMER_ID, e.customerId)
                .with(ContractEvents.REVISION, e.revision).with(ContractEvents.TOTAL, e.total.toPlainString())
                .with(ContractEvents.CURRENCY, e.currency).publish();
    }

    static String cut(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 497) + "…";
    }

    /** A header as {@code field=value} text, the form a revision keeps it in. */
    static String text(DocumentData d) {
        Properties p = new Properties();
        Forms.strings(d).forEach((k, v) -> {
            if (!v.isEmpty()) {
                p.setProperty(k, v);
            }
        });
        StringWriter w = new StringWriter();
        try {
            p.store(w, null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        // the first line of the stored form is a date comment: drop it, so equal headers give equal text
        String s = w.toString();
        return s.substring(s.indexOf('\n') + 1);
    }

    static DocumentData parseHeader(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Forms.bind(DocumentData.class, p::getProperty);
    }
}
