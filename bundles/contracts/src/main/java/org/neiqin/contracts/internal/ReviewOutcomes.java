package org.neiqin.contracts.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.persistence.EntityManager;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.credit.CreditCheck;
import org.neiqin.api.credit.CreditService;
import org.neiqin.api.contracts.ContractEvents;
import org.neiqin.api.contracts.DocumentKind;
import org.neiqin.api.contracts.DocumentState;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.Text;
import org.neiqin.api.money.Money;
import org.neiqin.api.numbering.NumberingService;
import org.neiqin.api.review.Review;
import org.neiqin.api.review.ReviewHandler;
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
 * What a review decides: an approved quotation stands; an approved order or contract passes the
 * credit check and takes effect with its number, or waits for the credit round; an approved
 * amendment comes into force; a rejection sends the draft back to its preparer.
 */
@Component(service = ReviewHandler.class,
        property = {ReviewHandler.DOCUMENT_TYPE + "=" + ContractsModule.REVIEW_QUOTATION,
            ReviewHandler.DOCUMENT_TYPE + "=" + ContractsModule.REVIEW_ORDER,
            ReviewHandler.DOCUMENT_TYPE + "=" + ContractsModule.REVIEW_CONTRACT,
            ReviewHandler.DOCUMENT_TYPE + "=" + ContractsModule.REVIEW_AMENDMENT,
            ReviewHandler.DOCUMENT_TYPE + "=" + ContractsModule.REVIEW_CREDIT})
public class ReviewOutcomes implements ReviewHandler {
    private final DocumentStore store;
    private final SecurityService security;
    private final CustomerChecks checks;
    private final NumberingService numbering;
    private final ReviewService reviews;
    private final CreditService credit;

    @Activate
    public ReviewOutcomes(@Reference DocumentStore store, @Reference SecurityService security,
            @Reference CustomerChecks checks, @Reference NumberingService numbering,
            @Reference ReviewService reviews, @Reference CreditService credit) {
        this.store = store;
        this.security = security;
        this.checks = checks;
        this.numbering = numbering;
        this.reviews = reviews;
        this.credit = credit;
    }

    @Override
    public void approved(Review review) {
        store.run(em -> {
            if (ContractsModule.REVIEW_AMENDMENT.equals(review.documentType())) {
                applyAmendment(em, review);
                return;
            }
            DocumentEntity e = store.find(em, ReviewRef.of(review).record());
            Actor actor = security.currentActor().orElse(Actor.SYSTEM);
            switch (review.documentType()) {
                case ContractsModule.REVIEW_QUOTATION:
                    store.expect(e, DocumentState.IN_REVIEW);
                    store.transition(em, e, DocumentState.APPROVED, actor, null);
                    store.revisionInForce(em, e, actor);
                    break;
                case ContractsModule.REVIEW_CREDIT:
                    store.expect(e, DocumentState.CREDIT_HOLD);
                    e.creditCheck = store.cut(e.creditCheck + "; over-limit approved by " + actor.name());
                    confirm(em, e, actor);
                    break;
                default:
                    store.expect(e, DocumentState.IN_REVIEW);
                    // e itself is still in review, so it is not yet among what the customer owes
                    CreditCheck check = e.kind.isSale() ? credit.check(e.customerId, Money.of(e.total, e.currency)) : null;
                    if (check != null) {
                        e.creditCheck = store.cut(check.text().toString());
                    }
                    if (check != null && check.isOver()) {
                        store.transition(em, e, DocumentState.CREDIT_HOLD, actor, check.text().toString());
                        // the credit round is the preparer's request, so that the reviewer of the
                        // order may still be the manager who approves the credit
                        security.runAs(new Actor(e.stamps.createdBy(), Set.of()), () -> ReviewRef.of(
                                ContractsModule.REVIEW_CREDIT, e.id).submit(reviews, Text.of("contracts.review.credit",
                                        "Credit: {0} — {1}", store.title(e), check.text()), Money.of(e.total, e.currency)));
                    } else {
                        confirm(em, e, actor);
                    }
            }
        });
    }

    @Override
    public void rejected(Review review) {
        store.run(em -> {
            Actor actor = security.currentActor().orElse(Actor.SYSTEM);
            String reason = ReviewRef.reason(review);
            ReviewRef ref = ReviewRef.of(review);
            if (ContractsModule.REVIEW_AMENDMENT.equals(ref.type())) {
                DocumentEntity e = store.find(em, ref.record());
                RevisionEntity rev = store.revision(em, e.id, ref.revision());
                rev.state = RevisionState.REJECTED;
                store.touch(rev, actor);
                rev.decidedAt = store.now();
                e.pendingRevision = null;
                store.touch(e, actor);
                store.audit(em, ContractsModule.ENTITY, e.id, AuditAction.TRANSITION,
                        Map.of("amendment", rev.revision),
                        Map.of("amendment", "REJECTED", "reason", Objects.toString(reason, "")));
                return;
            }
            DocumentEntity e = store.find(em, ReviewRef.of(review).record());
            // back to the preparer, who may change it and submit again
            store.transition(em, e, DocumentState.DRAFT, actor, reason);
        });
    }

    private void confirm(EntityManager em, DocumentEntity e, Actor actor) {
        // a licence may have expired while the document was in review
        checks.requireLicences(em, e);
        e.number = numbering.next(ContractsModule.numbering(e.kind), e.documentDate, store.attributes(store.header(e)));
        store.transition(em, e, DocumentState.EFFECTIVE, actor, null);
        store.revisionInForce(em, e, actor);
        store.post(e.kind == DocumentKind.ORDER ? ContractEvents.ORDER_CONFIRMED : ContractEvents.CONTRACT_EFFECTIVE, e, actor);
    }

    private void applyAmendment(EntityManager em, Review review) {
        ReviewRef ref = ReviewRef.of(review);
        DocumentEntity e = store.find(em, ref.record());
        int next = ref.revision();
        RevisionEntity rev = store.revision(em, e.id, next);
        if (rev.state != RevisionState.PENDING || e.state != DocumentState.EFFECTIVE) {
            throw new ConflictException("not-pending", Text.of("contracts.amendment.notPending",
                    "amendment {0} of {1} is no longer pending", next, store.display(e)));
        }
        Actor actor = security.currentActor().orElse(Actor.SYSTEM);
        DocumentData before = store.header(e);
        DocumentData after = DocumentStore.parseHeader(rev.header);
        RevisionEntity old = store.revision(em, e.id, e.revision);
        old.state = RevisionState.SUPERSEDED;
        rev.state = RevisionState.IN_FORCE;
        rev.decidedAt = store.now();
        store.touch(old, actor);
        store.touch(rev, actor);
        Forms.Changes changes = Forms.changes(before, after);
        Map<String, Object> was = new LinkedHashMap<>(changes.before());
        Map<String, Object> is = new LinkedHashMap<>(changes.after());
        was.put("revision", e.revision);
        was.put("total", e.total.toPlainString());
        Forms.copy(after, e);
        e.revision = next;
        e.total = rev.total;
        e.pendingRevision = null;
        store.touch(e, actor);
        em.flush();
        is.put("revision", next);
        is.put("total", e.total.toPlainString());
        store.audit(em, ContractsModule.ENTITY, e.id, AuditAction.UPDATE, was, is);
        store.post(ContractEvents.AMENDED, e, actor);
    }
}
