package org.neiqin.contracts.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.audit.AuditService;
import org.neiqin.api.contracts.ContractDocument;
import org.neiqin.api.contracts.ContractEvents;
import org.neiqin.api.contracts.ContractLedger;
import org.neiqin.api.contracts.ContractLine;
import org.neiqin.api.contracts.DocumentKind;
import org.neiqin.api.contracts.DocumentState;
import org.neiqin.api.contracts.FulfilmentSchedule;
import org.neiqin.api.contracts.FulfilmentSource;
import org.neiqin.api.contracts.LineProgress;
import org.neiqin.api.crm.CustomerDirectory;
import org.neiqin.api.crm.CustomerFigure;
import org.neiqin.api.crm.CustomerFigureProvider;
import org.neiqin.api.crm.CustomerSnapshot;
import org.neiqin.api.crm.CustomerSummary;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.NotFoundException;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.event.EventPublisher;
import org.neiqin.api.event.NeiqinEvents;
import org.neiqin.api.form.Forms;
import org.neiqin.api.ids.IdService;
import org.neiqin.api.module.SchemaReady;
import org.neiqin.api.money.Money;
import org.neiqin.api.numbering.NumberingService;
import org.neiqin.api.query.ListQuery;
import org.neiqin.api.review.Review;
import org.neiqin.api.review.ReviewHandler;
import org.neiqin.api.review.ReviewService;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Quotations, orders and contracts. Every entry point (REST, console, shell, other modules through
 * {@link ContractLedger}, review decisions through {@link ReviewHandler}) comes here: permission,
 * validation, the change and its audit entry in one transaction, the event after commit.
 *
 * <p>A draft is edited in place. Submitting it starts the review its kind needs; approval of an
 * order runs the credit check and, within the limit, confirms it with its number. A document in
 * force changes only through an amendment, itself reviewed; every revision is kept.
 */
@Component(service = {ContractService.class, ContractLedger.class, ReviewHandler.class, CustomerFigureProvider.class},
        configurationPid = "org.neiqin.contracts",
        property = {ReviewHandler.DOCUMENT_TYPE + "=" + ContractsModule.REVIEW_QUOTATION,
            ReviewHandler.DOCUMENT_TYPE + "=" + ContractsModule.REVIEW_ORDER,
            ReviewHandler.DOCUMENT_TYPE + "=" + ContractsModule.REVIEW_CONTRACT,
            ReviewHandler.DOCUMENT_TYPE + "=" + ContractsModule.REVIEW_AMENDMENT,
            ReviewHandler.DOCUMENT_TYPE + "=" + ContractsModule.REVIEW_CREDIT})
@Designate(ocd = ContractService.Config.class)
public class ContractService implements ContractLedger, ReviewHandler, CustomerFigureProvider {
    @Reference
    private IdService ids;

    /** Company settings of the contracts module. */
    @ObjectClassDefinition(name = "Neiqin contracts and orders")
    public @interface Config {
        @AttributeDefinition(description = "Currency of prices and totals (ISO 4217)")
        String currency() default "CNY";

        @AttributeDefinition(description = "Legality of sales: '<licence name> = <products, a regular expression>' per"
                + " licence; an order or contract of sale of such a product needs the customer to hold that licence,"
                + " valid, on file")
        String[] licenceGates() default {};
    }

    private final JpaTemplate jpa;
    private final SecurityService security;
    private final NumberingService numbering;
    private final AuditService audit;
    private final ReviewService reviews;
    private final CustomerDirectory customers;
    private final List<FulfilmentSource> sources = new CopyOnWriteArrayList<>();
    private volatile String currency;
    private volatile LicenceGates licenceGates = LicenceGates.NONE;

    @Reference
    private EventPublisher events;

    @Activate
    public ContractService(@Reference(target = "(osgi.unit.name=neiqin-contracts)") JpaTemplate jpa,
            @Reference(target = "(" + SchemaReady.MODULE + "=contracts)") SchemaReady schema,
            @Reference SecurityService security, @Reference NumberingService numbering, @Reference AuditService audit,
            @Reference ReviewService reviews, @Reference CustomerDirectory customers, Config config) {
        this.jpa = jpa;
        this.security = security;
        this.numbering = numbering;
        this.audit = audit;
        this.reviews = reviews;
        this.customers = customers;
        modified(config);
    }

    @Modified
    void modified(Config config) {
        this.currency = Money.zero(config.currency()).currency().getCurrencyCode();
        this.licenceGates = LicenceGates.parse(config.licenceGates());
    }

    /** Refuses a sale of a product whose licence the customer does not hold, valid today (销售合法性). */
    private void requireLicences(EntityManager em, DocumentEntity e) {
        LicenceGates gates = licenceGates;
        if (gates.isEmpty()) {
            return;
        }
        List<String> products = lines(em, e.id, e.revision).stream().map(l -> l.product).collect(Collectors.toList());
        List<Text> problems = gates.problems(e.kind, products, customers.licences(e.customerId), LocalDate.now());
        if (!problems.isEmpty()) {
            throw new ConflictException("licence", Text.of("contracts.licence.refused", "{0} cannot take effect: {1}",
                    display(e), problems.get(0)));
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindSource(FulfilmentSource s) {
        sources.add(s);
    }

    void unbindSource(FulfilmentSource s) {
        sources.remove(s);
    }

    public String currency() {
        return currency;
    }

    // ---- drafts ------------------------------------------------------------------------------

    /** Prepares a new document as a draft; a quotation gets its number at once (it is sent as it is). */
    public DocumentView create(DocumentKind kind, DocumentData data, List<LineData> lines) {
        Actor actor = security.require(ContractsModule.WRITE);
        if (kind == null) {
            throw new ValidationException("kind", "required", Text.of("contracts.kind.required", "say what to prepare: one of {0}",
                    Forms.choices(DocumentKind.class)));
        }
        CustomerSummary customer = customer(body(data).customerId());
        DocumentData d = withCustomerDefaults(data, customer);
        Forms.require(ContractRules.check(kind, d, lines));
        return jpa.txExpr(TransactionType.Required, em -> {
            DocumentEntity e = new DocumentEntity();
            Forms.copy(d, e);
            e.kind = kind;
            e.state = DocumentState.DRAFT;
            e.revision = 1;
            e.customerName = customer.fullName();
            e.currency = currency;
            e.total = ContractRules.total(lines, currency).amount();
            e.preparedBy = actor.name();
            e.createdAt = now();
            e.updatedAt = e.createdAt;
            e.updatedBy = actor.name();
            if (kind == DocumentKind.QUOTATION) {
                e.number = numbering.next(ContractsModule.numbering(kind), d.documentDate(), attributes(d));
            }
            e.id = ids.next(ContractsModule.ID_TABLE, ContractsModule.ID);
            em.persist(e);
            em.flush();
            writeLines(em, e, 1, lines);
            writeRevision(em, e, 1, RevisionEntity.State.DRAFT, d, null, actor);
            Map<String, Object> values = new LinkedHashMap<>(Forms.filled(d));
            values.put("kind", kind.name());
            values.put("lines", Lines.format(lines));
            values.put("total", e.total.toPlainString());
            audit.record(ContractsModule.ID, ContractsModule.ENTITY, String.valueOf(e.id), AuditAction.CREATE, null,
                    values);
            return view(em, e);
        });
    }

    /** Changes a draft in place (nobody outside has seen it); the customer may change too. */
    public DocumentView updateDraft(long id, int version, DocumentData data, List<LineData> lines) {
        Actor actor = security.require(ContractsModule.WRITE);
        CustomerSummary customer = customer(body(data).customerId());
        DocumentData d = withCustomerDefaults(data, customer);
        return jpa.txExpr(TransactionType.Required, em -> {
            DocumentEntity e = load(em, id, version);
            if (e.state != DocumentState.DRAFT) {
                throw new ConflictException("not-draft", e.state == DocumentState.EFFECTIVE
                        ? Text.of("contracts.notDraft.edit.effective", "{0} {1} is {2}; only a draft is edited"
                                + " — a document in force changes through an amendment", e.kind, display(e), e.state)
                        : Text.of("contracts.notDraft.edit", "{0} {1} is {2}; only a draft is edited", e.kind, display(e),
                                e.state));
            }
            Forms.require(ContractRules.check(e.kind, d, lines));
            DocumentData before = header(e);
            String linesBefore = Lines.format(lineData(lines(em, e.id, e.revision)));
            requireKnownKeys(em, e, lines);
            em.createQuery("delete from LineEntity l where l.documentId = :id and l.revision = :rev")
                    .setParameter("id", e.id).setParameter("rev", e.revision).executeUpdate();
            Forms.copy(d, e);
            e.customerName = customer.fullName();
            e.total = ContractRules.total(lines, currency).amount();
            touch(e, actor);
            em.flush();
            writeLines(em, e, e.revision, lines);
            RevisionEntity rev = revision(em, e.id, e.revision);
            rev.header = text(d);
            rev.total = e.total;
            Forms.Changes changes = Forms.changes(before, d);
            Map<String, Object> old = new LinkedHashMap<>(changes.before());
            Map<String, Object> now = new LinkedHashMap<>(changes.after());
            String linesAfter = Lines.format(lines);
            if (!linesAfter.equals(linesBefore)) {
                old.put("lines", linesBefore);
                now.put("lines", linesAfter);
            }
            if (!now.isEmpty()) {
                audit.record(ContractsModule.ID, ContractsModule.ENTITY, String.valueOf(id), AuditAction.UPDATE, old, now);
            }
            return view(em, e);
        });
    }

    /** Sends a draft for the review its kind and amount require. */
    public DocumentView submit(long id, int version) {
        Actor actor = security.require(ContractsModule.WRITE);
        return jpa.txExpr(TransactionType.Required, em -> {
            DocumentEntity e = load(em, id, version);
            if (e.state != DocumentState.DRAFT) {
                throw new ConflictException("not-draft", Text.of("contracts.notDraft.submit", "{0} is {1}; only a draft is submitted",
                        display(e), e.state));
            }
            customer(e.customerId);
            requireLicences(em, e);
            transition(em, e, DocumentState.IN_REVIEW, actor, null);
            reviews.submit(ContractsModule.review(e.kind), String.valueOf(e.id), title(e), Money.of(e.total, e.currency));
            return view(em, em.find(DocumentEntity.class, id));
        });
    }

    // ---- review decisions --------------------------------------------------------------------

    @Override
    public void approved(Review review) {
        jpa.tx(TransactionType.Required, em -> {
            if (ContractsModule.REVIEW_AMENDMENT.equals(review.documentType())) {
                applyAmendment(em, review);
                return;
            }
            DocumentEntity e = find(em, Long.parseLong(review.documentId()));
            Actor actor = security.currentActor().orElse(Actor.SYSTEM);
            switch (review.documentType()) {
                case ContractsModule.REVIEW_QUOTATION:
                    expect(e, DocumentState.IN_REVIEW);
                    transition(em, e, DocumentState.APPROVED, actor, null);
                    revisionInForce(em, e);
                    break;
                case ContractsModule.REVIEW_CREDIT:
                    expect(e, DocumentState.CREDIT_HOLD);
                    e.creditNote = cut(e.creditNote + "; over-limit approved by " + actor.name());
                    confirm(em, e, actor);
                    break;
                default:
                    expect(e, DocumentState.IN_REVIEW);
                    CreditCheck check = e.kind.isSale() ? creditCheck(em, e) : null;
                    if (check != null) {
                        e.creditNote = cut(check.describe());
                    }
                    if (check != null && check.verdict() == CreditCheck.Verdict.OVER_LIMIT) {
                        transition(em, e, DocumentState.CREDIT_HOLD, actor, check.describe());
                        // the credit round is the preparer's request, so that the reviewer of the
                        // order may still be the manager who approves the credit
                        security.runAs(new Actor(e.preparedBy, Set.of()), () -> reviews.submit(
                                ContractsModule.REVIEW_CREDIT, String.valueOf(e.id), Text.of("contracts.review.credit",
                                        "Credit: {0} — {1}", title(e), check.text()), Money.of(e.total, e.currency)));
                    } else {
                        confirm(em, e, actor);
                    }
            }
        });
    }

    @Override
    public void rejected(Review review) {
        jpa.tx(TransactionType.Required, em -> {
            Actor actor = security.currentActor().orElse(Actor.SYSTEM);
            String reason = review.decisions().isEmpty() ? null
                    : review.decisions().get(review.decisions().size() - 1).reason();
            if (ContractsModule.REVIEW_AMENDMENT.equals(review.documentType())) {
                String[] ref = review.documentId().split("/");
                DocumentEntity e = find(em, Long.parseLong(ref[0]));
                RevisionEntity rev = revision(em, e.id, Integer.parseInt(ref[1]));
                rev.state = RevisionEntity.State.REJECTED;
                rev.decidedAt = now();
                e.pendingRevision = null;
                touch(e, actor);
                audit.record(ContractsModule.ID, ContractsModule.ENTITY, String.valueOf(e.id), AuditAction.TRANSITION,
                        Map.of("amendment", rev.revision),
                        Map.of("amendment", "REJECTED", "reason", Objects.toString(reason, "")));
                return;
            }
            DocumentEntity e = find(em, Long.parseLong(review.documentId()));
            // back to the preparer, who may change it and submit again
            transition(em, e, DocumentState.DRAFT, actor, reason);
        });
    }

    private void confirm(EntityManager em, DocumentEntity e, Actor actor) {
        // a licence may have expired while the document was in review
        requireLicences(em, e);
        e.number = numbering.next(ContractsModule.numbering(e.kind), e.documentDate, attributes(header(e)));
        transition(em, e, DocumentState.EFFECTIVE, actor, null);
        revisionInForce(em, e);
        post(e.kind == DocumentKind.ORDER ? ContractEvents.ORDER_CONFIRMED : ContractEvents.CONTRACT_EFFECTIVE, e, actor);
    }

    /** The customer's open sales (in force, less what was paid on them) plus this document, against the limit. */
    private CreditCheck creditCheck(EntityManager em, DocumentEntity e) {
        // e itself is still in review, so it is not among the open sales
        Money inUse = creditInUse(openSales(em, e.customerId, e.currency), e.currency);
        return CreditCheck.of(customers.creditTerms(e.customerId), inUse, Money.of(e.total, e.currency));
    }

    /** @return a customer's orders and contracts in force that count against the credit limit, in {@code cur}. */
    private static List<DocumentEntity> openSales(EntityManager em, long customerId, String cur) {
        return em.createQuery("select d from DocumentEntity d where d.customerId = :c and d.state = :s"
                + " and d.currency = :cur", DocumentEntity.class).setParameter("c", customerId)
                .setParameter("s", DocumentState.EFFECTIVE).setParameter("cur", cur).getResultList().stream()
                .filter(d -> d.kind.isSale()).collect(Collectors.toList());
    }

    /** @return what the customer has in use on {@code open}: their totals less what was paid on them. */
    private Money creditInUse(List<DocumentEntity> open, String cur) {
        Money inUse = Money.zero(cur);
        for (DocumentEntity d : open) {
            inUse = inUse.plus(Money.of(d.total, d.currency));
        }
        for (LineProgress p : progress(open.stream().map(d -> d.id).collect(Collectors.toList()))) {
            if (p.paid() != null && p.paid().currency().getCurrencyCode().equals(cur)) {
                inUse = inUse.minus(p.paid());
            }
        }
        return inUse;
    }

    // ---- documents in force ------------------------------------------------------------------

    /**
     * Changes a document that others have seen. An approved quotation is revised: the new revision
     * is a draft to be approved again. An order or contract in force gets a pending amendment that
     * a supervisor reviews; until then the revision in force stays as it is.
     */
    public DocumentView amend(long id, int version, DocumentData data, List<LineData> lines, String reason) {
        Actor actor = security.require(ContractsModule.WRITE);
        body(data);
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new ValidationException("reason", "required", Text.of("contracts.amend.reason",
                    "say why the document changes (1 to 500 characters)"));
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            DocumentEntity e = load(em, id, version);
            boolean quotation = e.kind == DocumentKind.QUOTATION;
            DocumentState expected = quotation ? DocumentState.APPROVED : DocumentState.EFFECTIVE;
            if (e.state != expected) {
                throw new ConflictException("not-amendable", e.state == DocumentState.DRAFT
                        ? Text.of("contracts.notAmendable.draft", "{0} is {1}; a draft is edited directly", display(e), e.state)
                        : e.state == DocumentState.CLOSED
                        ? Text.of("contracts.notAmendable.closed", "{0} is {1}; a closed document does not change any more",
                                display(e), e.state)
                        : quotation
                        ? Text.of("contracts.notAmendable.quotation", "{0} is {1}; only an approved quotation is revised",
                                display(e), e.state)
                        : Text.of("contracts.notAmendable", "{0} is {1}; only a document in force is amended", display(e),
                                e.state));
            }
            if (e.pendingRevision != null) {
                throw new ConflictException("amendment-pending", Text.of("contracts.amendment.pending",
                        "{0} already has amendment {1} waiting for review", display(e), e.pendingRevision));
            }
            if (!e.customerId.equals(data.customerId())) {
                throw new ValidationException("customerId", "fixed", Text.of("contracts.customer.fixed",
                        "the customer of {0} cannot change; prepare a new document for another customer", display(e)));
            }
            CustomerSummary customer = customer(data.customerId());
            DocumentData d = withCustomerDefaults(data, customer);
            Forms.require(ContractRules.check(e.kind, d, lines));
            requireKnownKeys(em, e, lines);
            int next = e.revision + 1;
            writeLines(em, e, next, lines);
            Money total = ContractRules.total(lines, e.currency);
            if (quotation) {
                revision(em, e.id, e.revision).state = RevisionEntity.State.SUPERSEDED;
                writeRevision(em, e, next, RevisionEntity.State.DRAFT, d, reason, actor);
                Forms.copy(d, e);
                e.revision = next;
                e.total = total.amount();
                transition(em, e, DocumentState.DRAFT, actor, reason);
            } else {
                RevisionEntity rev = writeRevision(em, e, next, RevisionEntity.State.PENDING, d, reason, actor);
                rev.total = total.amount();
                e.pendingRevision = next;
                touch(e, actor);
                em.flush();
                audit.record(ContractsModule.ID, ContractsModule.ENTITY, String.valueOf(e.id), AuditAction.UPDATE, null,
                        Map.of("amendment", next, "reason", reason, "total", total.amount().toPlainString()));
                reviews.submit(ContractsModule.REVIEW_AMENDMENT, e.id + "/" + next, Text.of("contracts.review.amendment",
                        "Amendment {0} of {1}: {2}", next, title(e), reason), total);
            }
            return view(em, em.find(DocumentEntity.class, id));
        });
    }

    private void applyAmendment(EntityManager em, Review review) {
        String[] ref = review.documentId().split("/");
        DocumentEntity e = find(em, Long.parseLong(ref[0]));
        int next = Integer.parseInt(ref[1]);
        RevisionEntity rev = revision(em, e.id, next);
        if (rev.state != RevisionEntity.State.PENDING || e.state != DocumentState.EFFECTIVE) {
            throw new ConflictException("not-pending", Text.of("contracts.amendment.notPending",
                    "amendment {0} of {1} is no longer pending", next, display(e)));
        }
        Actor actor = security.currentActor().orElse(Actor.SYSTEM);
        DocumentData before = header(e);
        DocumentData after = parseHeader(rev.header);
        RevisionEntity old = revision(em, e.id, e.revision);
        old.state = RevisionEntity.State.SUPERSEDED;
        rev.state = RevisionEntity.State.IN_FORCE;
        rev.decidedAt = now();
        Forms.Changes changes = Forms.changes(before, after);
        Map<String, Object> was = new LinkedHashMap<>(changes.before());
        Map<String, Object> is = new LinkedHashMap<>(changes.after());
        was.put("revision", e.revision);
        was.put("total", e.total.toPlainString());
        Forms.copy(after, e);
        e.revision = next;
        e.total = rev.total;
        e.pendingRevision = null;
        touch(e, actor);
        em.flush();
        is.put("revision", next);
        is.put("total", e.total.toPlainString());
        audit.record(ContractsModule.ID, ContractsModule.ENTITY, String.valueOf(e.id), AuditAction.UPDATE, was, is);
        post(ContractEvents.AMENDED, e, actor);
    }

    /** Turns an approved quotation into an order draft with the same customer, terms and lines. */
    public DocumentView convert(long quotationId, int version) {
        Actor actor = security.require(ContractsModule.WRITE);
        DocumentView q = get(quotationId);
        if (q.kind() != DocumentKind.QUOTATION || q.state() != DocumentState.APPROVED) {
            throw new ConflictException("not-convertible", Text.of("contracts.notConvertible",
                    "{0} is a {1} in state {2}; only an approved quotation becomes an order", q.displayNumber(), q.kind(),
                    q.state()));
        }
        List<LineData> lines = q.lines().stream().map(l -> new LineData(null, l.product(), l.spec(), l.quantity(),
                l.unit(), l.unitPrice().amount(), l.weight())).collect(Collectors.toList());
        DocumentData d = q.data();
        DocumentData orderData = new DocumentData(d.customerId(), LocalDate.now(), d.deliveryDate() != null
                && d.deliveryDate().isBefore(LocalDate.now()) ? null : d.deliveryDate(), null, d.contact(), d.phone(),
                d.deliveryAddress(), d.salesperson(), d.region(), d.city(), d.placeOfSigning(), d.paymentTerms(),
                d.creditDays(), d.specialRequirements(), d.terms());
        return jpa.txExpr(TransactionType.Required, em -> {
            DocumentEntity qe = load(em, quotationId, version);
            expect(qe, DocumentState.APPROVED);
            DocumentView order = create(DocumentKind.ORDER, orderData, lines);
            DocumentEntity oe = em.find(DocumentEntity.class, order.id());
            oe.sourceId = qe.id;
            transition(em, qe, DocumentState.CONVERTED, actor, "order #" + order.id());
            return view(em, oe);
        });
    }

    /** Records the copy the customer signed and returned (date and where the copy is filed). */
    public DocumentView recordSigned(long id, int version, LocalDate signedOn, String copy) {
        Actor actor = security.require(ContractsModule.WRITE);
        List<FieldError> errors = new ArrayList<>();
        if (signedOn == null) {
            errors.add(new FieldError("signedOn", "required", Text.of("contracts.signedOn.required",
                    "the date the customer signed is required")));
        } else if (signedOn.isAfter(LocalDate.now())) {
            errors.add(new FieldError("signedOn", "future", Text.of("contracts.signedOn.future",
                    "the signing date {0} is in the future", signedOn)));
        }
        if (copy == null || copy.isBlank() || copy.length() > 200) {
            errors.add(new FieldError("signedCopy", "required", Text.of("contracts.signedCopy.required",
                    "say where the signed copy is filed (1 to 200 characters)")));
        }
        Forms.require(errors);
        return jpa.txExpr(TransactionType.Required, em -> {
            DocumentEntity e = load(em, id, version);
            if (e.state != DocumentState.EFFECTIVE && e.state != DocumentState.CLOSED) {
                throw new ConflictException("not-effective", Text.of("contracts.signed.notEffective",
                        "{0} is {1}; a signed copy is recorded once it is confirmed", display(e), e.state));
            }
            if (signedOn.isBefore(e.documentDate)) {
                throw new ValidationException("signedOn", "order", Text.of("contracts.signedOn.beforeDocument",
                        "the signing date {0} is before the document date {1}", signedOn, e.documentDate));
            }
            Map<String, Object> old = new HashMap<>();
            old.put("signedOn", Objects.toString(e.signedOn, ""));
            old.put("signedCopy", Objects.toString(e.signedCopy, ""));
            e.signedOn = signedOn;
            e.signedCopy = copy.trim();
            touch(e, actor);
            em.flush();
            audit.record(ContractsModule.ID, ContractsModule.ENTITY, String.valueOf(id), AuditAction.UPDATE, old,
                    Map.of("signedOn", signedOn.toString(), "signedCopy", e.signedCopy));
            return view(em, e);
        });
    }

    /** Closes an order or contract in force: fulfilled and settled, or ended for the reason given. */
    public DocumentView close(long id, int version, String reason) {
        Actor actor = security.require(ContractsModule.CLOSE);
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new ValidationException("reason", "required", Text.of("contracts.close.reason",
                    "say why it is closed (1 to 500 characters)"));
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            DocumentEntity e = load(em, id, version);
            if (e.state != DocumentState.EFFECTIVE) {
                throw new ConflictException("not-effective", Text.of("contracts.close.notEffective",
                        "{0} is {1}; only an order or contract in force is closed", display(e), e.state));
            }
            if (e.pendingRevision != null) {
                throw new ConflictException("amendment-pending", Text.of("contracts.close.amendmentPending",
                        "{0} has amendment {1} waiting for review; decide it first", display(e), e.pendingRevision));
            }
            e.closedReason = reason.trim();
            transition(em, e, DocumentState.CLOSED, actor, reason);
            post(ContractEvents.CLOSED, e, actor);
            return view(em, e);
        });
    }

    // ---- reads -------------------------------------------------------------------------------

    public DocumentView get(long id) {
        security.require(ContractsModule.READ);
        return jpa.txExpr(TransactionType.Supports, em -> view(em, find(em, id)));
    }

    /** @return every revision of a document, oldest first, with its lines. */
    public List<RevisionView> revisions(long id) {
        security.require(ContractsModule.READ);
        return jpa.txExpr(TransactionType.Supports, em -> {
            DocumentEntity e = find(em, id);
            return em.createQuery("select r from RevisionEntity r where r.documentId = :id order by r.revision",
                    RevisionEntity.class).setParameter("id", id).getResultList().stream()
                    .map(r -> new RevisionView(r.revision, r.state, parseHeader(r.header),
                            contractLines(lines(em, id, r.revision), e.currency), Money.of(r.total, e.currency), r.reason,
                            r.createdAt, r.createdBy, r.decidedAt))
                    .collect(Collectors.toList());
        });
    }

    /** @return the document's changes and the review rounds on it, oldest first. */
    public List<AuditEntry> history(long id) {
        List<String> refs = reviewRefs(id);
        List<AuditEntry> all = new ArrayList<>(audit.history(ContractsModule.ENTITY, String.valueOf(id)));
        for (String ref : refs) {
            String[] typeAndId = ref.split(" ", 2);
            all.addAll(audit.history(typeAndId[0], typeAndId[1]));
        }
        all.sort(Comparator.comparing(AuditEntry::at).thenComparing(AuditEntry::id));
        return all;
    }

    /** @return the review rounds that decided this document, latest of each kind. */
    public List<Review> reviewTrail(long id) {
        List<Review> out = new ArrayList<>();
        for (String ref : reviewRefs(id)) {
            String[] typeAndId = ref.split(" ", 2);
            reviews.latest(typeAndId[0], typeAndId[1]).ifPresent(out::add);
        }
        out.sort(Comparator.comparing(Review::submittedAt));
        return out;
    }

    /** @return "type documentId" of every review round a document can have had: its own and its amendments'. */
    private List<String> reviewRefs(long id) {
        security.require(ContractsModule.READ);
        List<Integer> revisions = jpa.txExpr(TransactionType.Supports, em -> {
            find(em, id);
            return em.createQuery("select r.revision from RevisionEntity r where r.documentId = :id order by r.revision",
                    Integer.class).setParameter("id", id).getResultList();
        });
        List<String> refs = new ArrayList<>();
        for (String type : ContractsModule.REVIEW_TYPES) {
            if (!type.equals(ContractsModule.REVIEW_AMENDMENT)) {
                refs.add(type + " " + id);
            }
        }
        for (int r : revisions) {
            if (r > 1) {
                refs.add(ContractsModule.REVIEW_AMENDMENT + " " + id + "/" + r);
            }
        }
        return refs;
    }

    /** A page of documents and the number of all that match ({@code totalExact} false: at least that many). */
    public record ListPage(List<DocumentRow> rows, long total, boolean totalExact) {
    }

    /** Runs the queries of a {@link ListQuery} with this module's entity manager. */
    private static ListQuery.Jpql jpql(EntityManager em) {
        return (query, params, first, max) -> {
            javax.persistence.Query q = em.createQuery(query).setFirstResult(first).setMaxResults(max);
            params.forEach(q::setParameter);
            return q.getResultList();
        };
    }

    public ListPage list(DocumentQuery q) {
        security.require(ContractsModule.READ);
        return jpa.txExpr(TransactionType.Supports, em -> {
            ListQuery.Page<DocumentRow> page = ListQuery.of("DocumentEntity", "d")
                    .eq("kind", q.kind())
                    .eq("state", q.state())
                    .eq("customerId", q.customerId())
                    .eq("salesperson", q.salesperson())
                    .eq("region", q.region())
                    .text(q.text(), "number", "customerName")
                    .where("d.documentDate >= :from", "from", q.from())
                    .where("d.documentDate <= :to", "to", q.to())
                    .page(jpql(em), DocumentRow.COLUMNS, DocumentRow::of, "d.documentDate desc, d.id desc", q.offset(),
                            q.limit());
            return new ListPage(page.rows(), page.total(), page.exact());
        });
    }

    /**
     * @return count, value and fulfilment rate of the orders and contracts in force or closed, dated
     *         in {@code [from, to]}, per period and dimension
     */
    public List<Statistics.Row> statistics(LocalDate from, LocalDate to, Statistics.Period period,
            Statistics.Dimension dimension, DocumentKind kind) {
        security.require(ContractsModule.READ);
        if (from == null || to == null || to.isBefore(from)) {
            throw new ValidationException("to", "order", Text.of("contracts.stats.period",
                    "give a period from one date to a later one"));
        }
        if (kind == DocumentKind.QUOTATION) {
            throw new ValidationException("kind", "unknown", Text.of("contracts.stats.kind",
                    "statistics count orders and contracts, not quotations"));
        }
        Statistics.Period per = period == null ? Statistics.Period.MONTH : period;
        Statistics.Dimension dim = dimension == null ? Statistics.Dimension.NONE : dimension;
        // without a kind: every order and contract, i.e. everything but quotations
        boolean all = kind == null;
        String where = " from DocumentEntity d where d.state in :states and d.documentDate between :from and :to"
                + (all ? " and d.kind <> :kind" : " and d.kind = :kind");
        String group = dim == Statistics.Dimension.SALESPERSON ? "d.salesperson"
                : dim == Statistics.Dimension.CUSTOMER ? "d.customerName"
                : dim == Statistics.Dimension.REGION ? "d.region" : null;
        String months = "year(d.documentDate), month(d.documentDate)" + (group == null ? "" : ", " + group);
        List<Statistics.Item> items = new ArrayList<>();
        List<FulfilmentSource> known = List.copyOf(sources);
        jpa.tx(TransactionType.Supports, em -> {
            // count and value summed by the database per month and group: no document is loaded for them
            List<?> sums = period(em.createQuery("select " + months + ", count(d), sum(d.total)" + where + " group by "
                    + months), from, to, all ? DocumentKind.QUOTATION : kind).getResultList();
            for (Object o : sums) {
                Object[] r = (Object[]) o;
                int n = r.length;
                items.add(Statistics.Item.sum(dim, LocalDate.of(((Number) r[0]).intValue(), ((Number) r[1]).intValue(), 1),
                        group == null ? null : (String) r[2], ((Number) r[n - 2]).longValue(), (java.math.BigDecimal) r[n - 1]));
            }
            if (known.isEmpty()) {
                return;
            }
            // the value delivered: only documents that a fulfilment source reports progress on
            List<Long> ids = period(em.createQuery("select d.id" + where, Long.class), from, to,
                    all ? DocumentKind.QUOTATION : kind).getResultList();
            Set<Long> moved = new HashSet<>();
            for (LineProgress p : progress(ids)) {
                moved.add(p.documentId());
            }
            List<DocumentEntity> docs = byIds(new ArrayList<>(moved), some -> em.createQuery(
                    "select d from DocumentEntity d where d.id in :ids", DocumentEntity.class).setParameter("ids", some)
                    .getResultList());
            Map<Long, FulfilmentSchedule> schedules = schedules(docs);
            for (DocumentEntity d : docs) {
                items.add(new Statistics.Item(d.documentDate, d.salesperson, d.customerName, d.region, 0,
                        java.math.BigDecimal.ZERO, schedules.get(d.id).delivered().amount()));
            }
        });
        return Statistics.aggregate(items, per, dim);
    }

    private static <Q extends javax.persistence.Query> Q period(Q q, LocalDate from, LocalDate to, DocumentKind kind) {
        q.setParameter("states", List.of(DocumentState.EFFECTIVE, DocumentState.CLOSED))
                .setParameter("from", from).setParameter("to", to).setParameter("kind", kind);
        return q;
    }

    /** @return the fulfilment schedules of orders and contracts in force with money still owed or to invoice. */
    public List<FulfilmentSchedule> receivables(Long customerId) {
        security.require(ContractsModule.READ);
        List<DocumentEntity> docs = jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<DocumentEntity> q = em.createQuery("select d from DocumentEntity d where d.state = :s"
                    + (customerId == null ? "" : " and d.customerId = :c") + " order by d.customerName, d.documentDate",
                    DocumentEntity.class).setParameter("s", DocumentState.EFFECTIVE);
            if (customerId != null) {
                q.setParameter("c", customerId);
            }
            return q.getResultList();
        });
        Map<Long, FulfilmentSchedule> schedules = schedules(docs.stream().filter(d -> d.kind.isSale())
                .collect(Collectors.toList()));
        return docs.stream().filter(d -> schedules.containsKey(d.id)).map(d -> schedules.get(d.id))
                .collect(Collectors.toList());
    }

    private Map<Long, FulfilmentSchedule> schedules(List<DocumentEntity> docs) {
        Map<Long, FulfilmentSchedule> out = new HashMap<>();
        if (docs.isEmpty()) {
            return out;
        }
        Map<Long, List<LineEntity>> lines = jpa.txExpr(TransactionType.Supports, em -> lines(em, docs));
        Map<Long, List<LineProgress>> progress = Fulfilment.byDocument(progress(docs.stream().map(d -> d.id)
                .collect(Collectors.toList())));
        List<String> names = sourceNames();
        LocalDate today = LocalDate.now();
        for (DocumentEntity d : docs) {
            out.put(d.id, Fulfilment.schedule(document(d, lines.getOrDefault(d.id, List.of())),
                    progress.getOrDefault(d.id, List.of()), names, today));
        }
        return out;
    }

    private List<LineProgress> progress(Collection<Long> ids) {
        List<LineProgress> all = new ArrayList<>();
        if (ids.isEmpty()) {
            return all;
        }
        for (FulfilmentSource s : sources) {
            all.addAll(s.progress(ids));
        }
        return all;
    }

    private List<String> sourceNames() {
        return sources.stream().map(FulfilmentSource::name).sorted().collect(Collectors.toList());
    }

    // ---- ContractLedger ----------------------------------------------------------------------

    @Override
    public Optional<ContractDocument> find(long id) {
        security.require(ContractsModule.READ);
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(DocumentEntity.class, id))
                .map(e -> document(e, lines(em, e.id, e.revision))));
    }

    @Override
    public Optional<ContractDocument> findByNumber(String number) {
        security.require(ContractsModule.READ);
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select d from DocumentEntity d where d.number = :n order by d.id", DocumentEntity.class)
                .setParameter("n", number.trim()).setMaxResults(1).getResultList().stream().findFirst()
                .map(e -> document(e, lines(em, e.id, e.revision))));
    }

    @Override
    public List<ContractDocument> byCustomer(long customerId, int limit) {
        security.require(ContractsModule.READ);
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<DocumentEntity> docs = em.createQuery("select d from DocumentEntity d where d.customerId = :c"
                    + " and d.kind <> :q order by d.documentDate desc, d.id desc", DocumentEntity.class)
                    .setParameter("c", customerId).setParameter("q", DocumentKind.QUOTATION)
                    .setMaxResults(Math.max(1, Math.min(limit, 1000))).getResultList();
            Map<Long, List<LineEntity>> lines = lines(em, docs);
            return docs.stream().map(e -> document(e, lines.getOrDefault(e.id, List.of()))).collect(Collectors.toList());
        });
    }

    @Override
    public FulfilmentSchedule schedule(long id) {
        security.require(ContractsModule.READ);
        DocumentEntity e = jpa.txExpr(TransactionType.Supports, em -> find(em, id));
        return schedules(List.of(e)).get(id);
    }

    // ---- CustomerFigureProvider --------------------------------------------------------------

    /** On the customer card: open orders and contracts, and the credit they use (counted against the limit). */
    @Override
    public List<CustomerFigure> figures(long customerId, Locale locale) {
        Optional<Actor> actor = security.currentActor();
        if (actor.isEmpty() || !security.isPermitted(actor.get(), ContractsModule.READ)) {
            return List.of();
        }
        String cur = currency;
        List<DocumentEntity> open = jpa.txExpr(TransactionType.Supports, em -> openSales(em, customerId, cur));
        Money inUse = creditInUse(open, cur);
        boolean zh = "zh".equals(locale.getLanguage());
        return List.of(new CustomerFigure(zh ? "执行中的订单/合同" : "Open orders and contracts",
                        String.valueOf(open.size()), null, false),
                new CustomerFigure(zh ? "订单/合同占用信用额度（未付款）" : "Credit in use on open orders and contracts (unpaid)",
                        inUse.toString(), inUse, true));
    }

    // ---- helpers -----------------------------------------------------------------------------

    private CustomerSummary customer(Long id) {
        if (id == null) {
            throw new ValidationException("customerId", "required", Text.of("contracts.customer.required",
                    "customerId is required"));
        }
        CustomerSummary c = customers.find(id).orElseThrow(() -> new ValidationException("customerId", "unknown",
                Text.of("contracts.customer.unknown", "there is no customer with id {0}", id)));
        if (c.archived()) {
            throw new ValidationException("customerId", "archived", Text.of("contracts.customer.archived",
                    "customer {0} {1} is archived; reactivate the customer file first", c.code(), c.fullName()));
        }
        return c;
    }

    private DocumentData withCustomerDefaults(DocumentData d, CustomerSummary c) {
        CustomerSnapshot s = customers.snapshot(c.id());
        return d.withDefaults(s.contactName(), s.phone(), s.address(), c.salesperson(), code(c.region()),
                code(c.route()));
    }

    /** A customer's region or route serves as a code for numbers only when it is one. */
    private static String code(String s) {
        return s != null && s.trim().matches("[A-Za-z0-9]{1,6}") ? s.trim().toUpperCase(Locale.ROOT) : null;
    }

    private static Map<String, String> attributes(DocumentData d) {
        Map<String, String> a = new HashMap<>();
        if (d.region() != null) {
            a.put("region", d.region());
        }
        if (d.city() != null) {
            a.put("city", d.city());
        }
        return a;
    }

    static <T> T body(T t) {
        if (t == null) {
            throw new ValidationException("body", "required", Text.of("contracts.header.required",
                    "the document header is required"));
        }
        return t;
    }

    private void requireKnownKeys(EntityManager em, DocumentEntity e, List<LineData> lines) {
        Set<Long> known = new HashSet<>(em.createQuery("select l.lineKey from LineEntity l where l.documentId = :id",
                Long.class).setParameter("id", e.id).getResultList());
        for (int i = 0; i < lines.size(); i++) {
            Long key = lines.get(i).key();
            if (key != null && !known.contains(key)) {
                throw new ValidationException("lines[" + (i + 1) + "].key", "unknown", Text.of("contracts.line.unknownKey",
                        "line {0}: {1} has no line {2}; leave the key empty for a new line", i + 1, display(e), key));
            }
        }
    }

    private void writeLines(EntityManager em, DocumentEntity e, int revision, List<LineData> lines) {
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
            l.unitPrice = d.unitPrice();
            l.amount = ContractRules.amount(d, e.currency).amount();
            l.weight = d.weight();
            l.id = ids.next(ContractsModule.ID_TABLE, ContractsModule.ID);
            // a new line's key is its own id
            l.lineKey = d.key() == null ? l.id : d.key();
            em.persist(l);
        }
        em.flush();
    }

    private RevisionEntity writeRevision(EntityManager em, DocumentEntity e, int revision, RevisionEntity.State state,
            DocumentData d, String reason, Actor actor) {
        RevisionEntity r = new RevisionEntity();
        r.documentId = e.id;
        r.revision = revision;
        r.state = state;
        r.header = text(d);
        r.total = e.total;
        r.reason = reason;
        r.createdAt = now();
        r.createdBy = actor.name();
        r.id = ids.next(ContractsModule.ID_TABLE, ContractsModule.ID);
        em.persist(r);
        return r;
    }

    private void revisionInForce(EntityManager em, DocumentEntity e) {
        for (RevisionEntity r : em.createQuery("select r from RevisionEntity r where r.documentId = :id",
                RevisionEntity.class).setParameter("id", e.id).getResultList()) {
            if (r.revision == e.revision) {
                r.state = RevisionEntity.State.IN_FORCE;
                r.decidedAt = now();
            } else if (r.state == RevisionEntity.State.IN_FORCE || r.state == RevisionEntity.State.DRAFT) {
                r.state = RevisionEntity.State.SUPERSEDED;
            }
        }
    }

    private static RevisionEntity revision(EntityManager em, long id, int revision) {
        return em.createQuery("select r from RevisionEntity r where r.documentId = :id and r.revision = :rev",
                RevisionEntity.class).setParameter("id", id).setParameter("rev", revision).getResultList().stream()
                .findFirst().orElseThrow(() -> new NotFoundException(Text.of("contracts.revision.notFound",
                        "revision {0} of document {1} not found", revision, id)));
    }

    private void transition(EntityManager em, DocumentEntity e, DocumentState to, Actor actor, String reason) {
        DocumentState from = e.state;
        e.state = to;
        touch(e, actor);
        em.flush();
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("state", to.name());
        if (e.number != null) {
            now.put("number", e.number);
        }
        if (reason != null) {
            now.put("reason", reason);
        }
        audit.record(ContractsModule.ID, ContractsModule.ENTITY, String.valueOf(e.id), AuditAction.TRANSITION,
                Map.of("state", from.name()), now);
    }

    private static void expect(DocumentEntity e, DocumentState state) {
        if (e.state != state) {
            throw new ConflictException("state", Text.of("contracts.state", "{0} is {1}, not {2}", display(e), e.state, state));
        }
    }

    private static void touch(DocumentEntity e, Actor actor) {
        e.updatedAt = now();
        e.updatedBy = actor.name();
    }

    /** A review's title: kind, number, customer and total, in the reviewer's language where shown. */
    private static Text title(DocumentEntity e) {
        return Text.of("contracts.review.title", "{0} {1} — {2} — {3} {4}", e.kind, display(e), e.customerName,
                e.total, e.currency);
    }

    static String display(DocumentEntity e) {
        return ContractRules.displayNumber(e.number, e.id);
    }

    static DocumentEntity find(EntityManager em, long id) {
        DocumentEntity e = em.find(DocumentEntity.class, id);
        if (e == null) {
            throw new NotFoundException("document", id);
        }
        return e;
    }

    private static DocumentEntity load(EntityManager em, long id, int version) {
        DocumentEntity e = find(em, id);
        ConflictException.requireVersion(e.version, version, "document", display(e));
        return e;
    }

    static List<LineEntity> lines(EntityManager em, long id, int revision) {
        return em.createQuery("select l from LineEntity l where l.documentId = :id and l.revision = :rev"
                + " order by l.lineNo", LineEntity.class).setParameter("id", id).setParameter("rev", revision)
                .getResultList();
    }

    /** The lines in force of many documents in one query. */
    private static Map<Long, List<LineEntity>> lines(EntityManager em, List<DocumentEntity> docs) {
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
    private static <T> List<T> byIds(List<Long> ids, java.util.function.Function<List<Long>, List<T>> query) {
        List<T> out = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 500) {
            out.addAll(query.apply(ids.subList(from, Math.min(ids.size(), from + 500))));
        }
        return out;
    }

    private static List<LineData> lineData(List<LineEntity> lines) {
        return lines.stream().map(l -> new LineData(l.lineKey, l.product, l.spec, l.quantity, l.unit, l.unitPrice,
                l.weight)).collect(Collectors.toList());
    }

    private static List<ContractLine> contractLines(List<LineEntity> lines, String cur) {
        return lines.stream().map(l -> new ContractLine(l.lineKey, l.lineNo, l.product, l.spec, l.quantity, l.unit,
                Money.of(l.unitPrice, cur), Money.of(l.amount, cur), l.weight)).collect(Collectors.toList());
    }

    private static ContractDocument document(DocumentEntity e, List<LineEntity> lines) {
        return new ContractDocument(e.id, e.kind, e.number, e.state, e.customerId, e.customerName, e.salesperson,
                e.region, e.documentDate, e.deliveryDate, e.revision, Money.of(e.total, e.currency),
                contractLines(lines, e.currency));
    }

    private static DocumentData header(DocumentEntity e) {
        return Forms.read(DocumentData.class, e);
    }

    private static DocumentView view(EntityManager em, DocumentEntity e) {
        return view(e, lines(em, e.id, e.revision));
    }

    private static DocumentView view(DocumentEntity e, List<LineEntity> lines) {
        return new DocumentView(e.id, e.kind, e.number, e.state, e.version, e.revision, e.pendingRevision,
                e.customerName, header(e), contractLines(lines, e.currency), Money.of(e.total, e.currency), e.sourceId,
                e.creditNote, e.signedOn, e.signedCopy, e.closedReason, e.preparedBy, e.createdAt, e.updatedAt,
                e.updatedBy);
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

    private static String cut(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 497) + "…";
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private void post(String topic, DocumentEntity e, Actor actor) {
        Map<String, Object> props = new HashMap<>();
        props.put(ContractEvents.DOCUMENT_ID, e.id);
        props.put(ContractEvents.NUMBER, e.number);
        props.put(ContractEvents.KIND, e.kind.name());
        props.put(ContractEvents.CUSTOMER_ID, e.customerId);
        props.put(ContractEvents.REVISION, e.revision);
        props.put(ContractEvents.TOTAL, e.total.toPlainString());
        props.put(ContractEvents.CURRENCY, e.currency);
        props.put(NeiqinEvents.ACTOR, actor.name());
        events.publish(topic, props);
    }
}
