package org.neiqin.contracts.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.contracts.DocumentKind;
import org.neiqin.api.contracts.DocumentState;
import org.neiqin.api.crm.CustomerSummary;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.money.Money;
import org.neiqin.api.numbering.NumberingService;
import org.neiqin.api.review.ReviewService;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.review.ReviewRef;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Drafts and their submission: a new quotation, order or contract is prepared as a draft, edited in
 * place while nobody outside has seen it, and submitted for the review its kind and amount need; an
 * approved quotation is converted into an order draft.
 */
@Component(service = DraftService.class)
public class DraftService {
    private final DocumentStore store;
    private final SecurityService security;
    private final CustomerChecks checks;
    private final NumberingService numbering;
    private final ReviewService reviews;
    private final ProductLines products;

    @Activate
    public DraftService(@Reference DocumentStore store, @Reference SecurityService security,
            @Reference CustomerChecks checks, @Reference NumberingService numbering,
            @Reference ReviewService reviews, @Reference ProductLines products) {
        this.store = store;
        this.products = products;
        this.security = security;
        this.checks = checks;
        this.numbering = numbering;
        this.reviews = reviews;
    }

    /** Prepares a new document as a draft; a quotation gets its number at once (it is sent as it is). */
    public DocumentView create(DocumentKind kind, DocumentData data, List<LineData> sent) {
        Actor actor = security.require(ContractsModule.WRITE);
        if (kind == null) {
            throw new ValidationException("kind", "required", Text.of("contracts.kind.required", "say what to prepare: one of {0}",
                    Forms.choices(DocumentKind.class)));
        }
        CustomerSummary customer = checks.customer(body(data).customerId());
        DocumentData d = checks.withCustomerDefaults(data, customer);
        ProductLines.Result named = products.name(sent, Map.of(), ProductLines.priceFor(customer), d.documentDate());
        Forms.require(DocumentStore.checked(DocumentRules.check(kind, d, named, checks.currency()), d, security.scope()));
        List<LineData> lines = named.lines();
        return store.write(em -> {
            DocumentEntity e = new DocumentEntity();
            Forms.copy(d, e);
            e.kind = kind;
            e.state = DocumentState.DRAFT;
            e.revision = 1;
            e.customerName = customer.fullName();
            e.currency = checks.currency();
            e.total = DocumentRules.total(lines, checks.currency()).amount();
            if (kind == DocumentKind.QUOTATION) {
                e.number = numbering.next(ContractsModule.numbering(kind), d.documentDate(), store.attributes(d));
            }
            store.create(em, e, actor);
            em.flush();
            store.writeLines(em, e, 1, named);
            store.writeRevision(em, e, 1, RevisionState.DRAFT, d, null, actor);
            Map<String, Object> values = new LinkedHashMap<>(Forms.filled(d));
            values.put("kind", kind.name());
            values.put("lines", Lines.format(lines));
            values.put("total", e.total.toPlainString());
            store.audit(em, ContractsModule.ENTITY, e.id, AuditAction.CREATE, null,
                    values);
            return store.view(em, e);
        });
    }

    /** Changes a draft in place (nobody outside has seen it); the customer may change too. */
    public DocumentView updateDraft(long id, int version, DocumentData data, List<LineData> sent) {
        Actor actor = security.require(ContractsModule.WRITE);
        CustomerSummary customer = checks.customer(body(data).customerId());
        DocumentData d = checks.withCustomerDefaults(data, customer);
        return store.write(em -> {
            DocumentEntity e = DocumentStore.visible(em, id, version, security.scope());
            if (e.state != DocumentState.DRAFT) {
                throw new ConflictException("not-draft", e.state == DocumentState.EFFECTIVE
                        ? Text.of("contracts.notDraft.edit.effective", "{0} {1} is {2}; only a draft is edited"
                                + " — a document in force changes through an amendment", e.kind, store.display(e), e.state)
                        : Text.of("contracts.notDraft.edit", "{0} {1} is {2}; only a draft is edited", e.kind, store.display(e),
                                e.state));
            }
            List<LineEntity> was = store.lines(em, e.id, e.revision);
            ProductLines.Result named = products.name(sent, DocumentStore.named(was), ProductLines.priceFor(customer),
                    d.documentDate());
            Forms.require(DocumentStore.checked(DocumentRules.check(e.kind, d, named, e.currency), d, security.scope()));
            List<LineData> lines = named.lines();
            DocumentData before = store.header(e);
            String linesBefore = Lines.format(store.lineData(was, e.currency));
            store.requireKnownKeys(em, e, lines);
            em.createQuery("delete from LineEntity l where l.documentId = :id and l.revision = :rev")
                    .setParameter("id", e.id).setParameter("rev", e.revision).executeUpdate();
            Forms.copy(d, e);
            e.customerName = customer.fullName();
            e.total = DocumentRules.total(lines, checks.currency()).amount();
            store.touch(e, actor);
            em.flush();
            store.writeLines(em, e, e.revision, named);
            RevisionEntity rev = store.revision(em, e.id, e.revision);
            rev.header = DocumentStore.text(d);
            rev.total = e.total;
            store.touch(rev, actor);
            Forms.Changes changes = Forms.changes(before, d);
            Map<String, Object> old = new LinkedHashMap<>(changes.before());
            Map<String, Object> now = new LinkedHashMap<>(changes.after());
            String linesAfter = Lines.format(lines);
            if (!linesAfter.equals(linesBefore)) {
                old.put("lines", linesBefore);
                now.put("lines", linesAfter);
            }
            if (!now.isEmpty()) {
                store.audit(em, ContractsModule.ENTITY, id, AuditAction.UPDATE, old, now);
            }
            return store.view(em, e);
        });
    }

    /** Sends a draft for the review its kind and amount require. */
    public DocumentView submit(long id, int version) {
        Actor actor = security.require(ContractsModule.WRITE);
        return store.write(em -> {
            DocumentEntity e = DocumentStore.visible(em, id, version, security.scope());
            if (e.state != DocumentState.DRAFT) {
                throw new ConflictException("not-draft", Text.of("contracts.notDraft.submit", "{0} is {1}; only a draft is submitted",
                        store.display(e), e.state));
            }
            checks.customer(e.customerId);
            checks.requireLicences(em, e);
            store.transition(em, e, DocumentState.IN_REVIEW, actor, null);
            ReviewRef.of(ContractsModule.review(e.kind), e.id).submit(reviews, store.title(e), Money.of(e.total, e.currency));
            return store.view(em, em.find(DocumentEntity.class, id));
        });
    }

    /** Turns an approved quotation into an order draft with the same customer, terms and lines. */
    public DocumentView convert(long quotationId, int version) {
        Actor actor = security.require(ContractsModule.WRITE);
        DocumentView q = store.read(em -> store.view(em, DocumentStore.visible(em, quotationId, security.scope())));
        if (q.kind() != DocumentKind.QUOTATION || q.state() != DocumentState.APPROVED) {
            throw new ConflictException("not-convertible", Text.of("contracts.notConvertible",
                    "{0} is a {1} in state {2}; only an approved quotation becomes an order", q.displayNumber(), q.kind(),
                    q.state()));
        }
        List<LineData> lines = q.lines().stream().map(l -> new LineData(null, l.productId(), l.product(), l.spec(), l.quantity(),
                l.unit(), l.unitPrice(), l.weight())).collect(Collectors.toList());
        DocumentData d = q.data();
        DocumentData orderData = new DocumentData(d.customerId(), store.today(), d.deliveryDate() != null
                && d.deliveryDate().isBefore(store.today()) ? null : d.deliveryDate(), null, d.contact(), d.phone(),
                d.deliveryAddress(), d.salesperson(), d.region(), d.city(), d.placeOfSigning(), d.paymentTerms(),
                d.creditDays(), d.specialRequirements(), d.terms());
        return store.write(em -> {
            DocumentEntity qe = DocumentStore.visible(em, quotationId, version, security.scope());
            store.expect(qe, DocumentState.APPROVED);
            DocumentView order = create(DocumentKind.ORDER, orderData, lines);
            DocumentEntity oe = em.find(DocumentEntity.class, order.id());
            oe.sourceId = qe.id;
            store.transition(em, qe, DocumentState.CONVERTED, actor, "order #" + order.id());
            return store.view(em, oe);
        });
    }

    static <T> T body(T t) {
        if (t == null) {
            throw new ValidationException("body", "required", Text.of("contracts.header.required",
                    "the document header is required"));
        }
        return t;
    }
}
