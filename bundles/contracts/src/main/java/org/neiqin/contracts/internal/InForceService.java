package org.neiqin.contracts.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.contracts.ContractEvents;
import org.neiqin.api.contracts.DocumentKind;
import org.neiqin.api.contracts.DocumentState;
import org.neiqin.api.crm.CustomerSummary;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.money.Money;
import org.neiqin.api.review.ReviewService;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.review.ReviewRef;
import org.neiqin.kit.form.Forms;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Changes to documents others have seen: an approved quotation is revised, an order or contract in
 * force is amended (reviewed; every revision kept), its signed copy recorded, and it is closed.
 */
@Component(service = InForceService.class)
public class InForceService {
    private final DocumentStore store;
    private final SecurityService security;
    private final CustomerChecks checks;
    private final ReviewService reviews;
    private final ProductLines products;

    @Activate
    public InForceService(@Reference DocumentStore store, @Reference SecurityService security,
            @Reference CustomerChecks checks, @Reference ReviewService reviews, @Reference ProductLines products) {
        this.store = store;
        this.products = products;
        this.security = security;
        this.checks = checks;
        this.reviews = reviews;
    }

    /**
     * Changes a document that others have seen. An approved quotation is revised: the new revision
     * is a draft to be approved again. An order or contract in force gets a pending amendment that
     * a supervisor reviews; until then the revision in force stays as it is.
     */
    public DocumentView amend(long id, int version, DocumentData data, List<LineData> sent, String reason) {
        Actor actor = security.require(ContractsModule.WRITE);
        DraftService.body(data);
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new ValidationException("reason", "required", Text.of("contracts.amend.reason",
                    "say why the document changes (1 to 500 characters)"));
        }
        return store.write(em -> {
            DocumentEntity e = DocumentStore.visible(em, id, version, security.scope());
            boolean quotation = e.kind == DocumentKind.QUOTATION;
            DocumentState expected = quotation ? DocumentState.APPROVED : DocumentState.EFFECTIVE;
            if (e.state != expected) {
                throw new ConflictException("not-amendable", e.state == DocumentState.DRAFT
                        ? Text.of("contracts.notAmendable.draft", "{0} is {1}; a draft is edited directly", store.display(e), e.state)
                        : e.state == DocumentState.CLOSED
                        ? Text.of("contracts.notAmendable.closed", "{0} is {1}; a closed document does not change any more",
                                store.display(e), e.state)
                        : quotation
                        ? Text.of("contracts.notAmendable.quotation", "{0} is {1}; only an approved quotation is revised",
                                store.display(e), e.state)
                        : Text.of("contracts.notAmendable", "{0} is {1}; only a document in force is amended", store.display(e),
                                e.state));
            }
            if (e.pendingRevision != null) {
                throw new ConflictException("amendment-pending", Text.of("contracts.amendment.pending",
                        "{0} already has amendment {1} waiting for review", store.display(e), e.pendingRevision));
            }
            if (!e.customerId.equals(data.customerId())) {
                throw new ValidationException("customerId", "fixed", Text.of("contracts.customer.fixed",
                        "the customer of {0} cannot change; prepare a new document for another customer", store.display(e)));
            }
            CustomerSummary customer = checks.customer(data.customerId());
            DocumentData d = checks.withCustomerDefaults(data, customer);
            ProductLines.Result named = products.name(sent, DocumentStore.named(store.lines(em, e.id, e.revision)),
                    ProductLines.priceFor(customer), d.documentDate());
            Forms.require(DocumentStore.checked(DocumentRules.check(e.kind, d, named, e.currency), d, security.scope()));
            List<LineData> lines = named.lines();
            store.requireKnownKeys(em, e, lines);
            int next = e.revision + 1;
            store.writeLines(em, e, next, named);
            Money total = DocumentRules.total(lines, e.currency);
            if (quotation) {
                RevisionEntity superseded = store.revision(em, e.id, e.revision);
                superseded.state = RevisionState.SUPERSEDED;
                store.touch(superseded, actor);
                store.writeRevision(em, e, next, RevisionState.DRAFT, d, reason, actor);
                Forms.copy(d, e);
                e.revision = next;
                e.total = total.amount();
                store.transition(em, e, DocumentState.DRAFT, actor, reason);
            } else {
                RevisionEntity rev = store.writeRevision(em, e, next, RevisionState.PENDING, d, reason, actor);
                rev.total = total.amount();
                e.pendingRevision = next;
                store.touch(e, actor);
                store.audit(em, ContractsModule.ENTITY, e.id, AuditAction.UPDATE, null,
                        Map.of("amendment", next, "reason", reason, "total", total.amount().toPlainString()));
                ReviewRef.of(ContractsModule.REVIEW_AMENDMENT, e.id, next).submit(reviews, Text.of("contracts.review.amendment",
                        "Amendment {0} of {1}: {2}", next, store.title(e), reason), total);
            }
            return store.view(em, em.find(DocumentEntity.class, id));
        });
    }

    /** Records the copy the customer signed and returned (date and where the copy is filed). */
    public DocumentView recordSigned(long id, int version, LocalDate signedOn, String copy) {
        Actor actor = security.require(ContractsModule.WRITE);
        List<FieldError> errors = new ArrayList<>();
        if (signedOn == null) {
            errors.add(new FieldError("signedOn", "required", Text.of("contracts.signedOn.required",
                    "the date the customer signed is required")));
        } else if (signedOn.isAfter(store.today())) {
            errors.add(new FieldError("signedOn", "future", Text.of("contracts.signedOn.future",
                    "the signing date {0} is in the future", signedOn)));
        }
        if (copy == null || copy.isBlank() || copy.length() > 200) {
            errors.add(new FieldError("signedCopy", "required", Text.of("contracts.signedCopy.required",
                    "say where the signed copy is filed (1 to 200 characters)")));
        }
        Forms.require(errors);
        return store.write(em -> {
            DocumentEntity e = DocumentStore.visible(em, id, version, security.scope());
            if (e.state != DocumentState.EFFECTIVE && e.state != DocumentState.CLOSED) {
                throw new ConflictException("not-effective", Text.of("contracts.signed.notEffective",
                        "{0} is {1}; a signed copy is recorded once it is confirmed", store.display(e), e.state));
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
            store.touch(e, actor);
            store.audit(em, ContractsModule.ENTITY, id, AuditAction.UPDATE, old,
                    Map.of("signedOn", signedOn.toString(), "signedCopy", e.signedCopy));
            return store.view(em, e);
        });
    }

    /** Closes an order or contract in force: fulfilled and settled, or ended for the reason given. */
    public DocumentView close(long id, int version, String reason) {
        Actor actor = security.require(ContractsModule.CLOSE);
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new ValidationException("reason", "required", Text.of("contracts.close.reason",
                    "say why it is closed (1 to 500 characters)"));
        }
        return store.write(em -> {
            DocumentEntity e = DocumentStore.visible(em, id, version, security.scope());
            if (e.state != DocumentState.EFFECTIVE) {
                throw new ConflictException("not-effective", Text.of("contracts.close.notEffective",
                        "{0} is {1}; only an order or contract in force is closed", store.display(e), e.state));
            }
            if (e.pendingRevision != null) {
                throw new ConflictException("amendment-pending", Text.of("contracts.close.amendmentPending",
                        "{0} has amendment {1} waiting for review; decide it first", store.display(e), e.pendingRevision));
            }
            e.closedReason = reason.trim();
            store.transition(em, e, DocumentState.CLOSED, actor, reason);
            store.post(ContractEvents.CLOSED, e, actor);
            return store.view(em, e);
        });
    }
}
