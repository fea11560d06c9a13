package org.neiqin.logistics.internal;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.credit.CreditService;
import org.neiqin.api.crm.PaymentTerms;
import org.neiqin.api.money.Money;
import org.neiqin.api.review.Review;
import org.neiqin.api.review.ReviewService;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.query.ListQuery;
import org.neiqin.kit.review.ReviewRef;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The read side of delivery notes: one note, the list, an order's notes, a note's review rounds and history. */
@Component(service = NoteReader.class)
public class NoteReader {
    private final LogisticsStore store;
    private final SecurityService security;
    private final ReviewService reviews;
    private final CreditService credit;

    @Activate
    public NoteReader(@Reference LogisticsStore store, @Reference SecurityService security,
            @Reference ReviewService reviews, @Reference CreditService credit) {
        this.store = store;
        this.security = security;
        this.reviews = reviews;
        this.credit = credit;
    }

    public NoteView get(long id) {
        security.require(LogisticsModule.READ);
        return store.read(em -> view(em, Notes.find(em, id, security.scope())));
    }

    /** @return one page of the list and the size of the whole filtered list */
    public ListQuery.Page<NoteRow> list(NoteQuery q) {
        security.require(LogisticsModule.READ);
        return store.read(em -> {
            ListQuery query = ListQuery.of("NoteEntity", "v")
                    .text(q.text(), "code", "documentNumber", "customerName")
                    .eq("state", q.state())
                    .eq("documentId", q.document())
                    .scope(security.scope(), "salesperson", "region");
            if (q.late()) {
                query = query.where("v.promisedOn < :today", "today", store.today())
                        .where("v.state in (:waiting)", "waiting", NoteState.WAITING);
            }
            if (q.held()) {
                query = query.where("v.paymentTerms = :prepaid", "prepaid", PaymentTerms.PREPAYMENT)
                        .where("v.financeSignedBy is null and v.state in (:held)", "held", NoteState.WAITING);
            }
            return query.page(Store.jpql(em), NoteRow.COLUMNS, row -> NoteRow.of(row, store.today()), q.orderBy(),
                    q.offset(), q.limit());
        });
    }

    /** @return the notes of an order or contract, oldest first */
    public List<NoteView> ofDocument(long documentId) {
        security.require(LogisticsModule.READ);
        return store.read(em -> {
            List<NoteView> out = new ArrayList<>();
            org.neiqin.api.security.RecordScope scope = security.scope();
            for (NoteEntity e : em.createQuery("select n from NoteEntity n where n.documentId = :d order by n.id",
                    NoteEntity.class).setParameter("d", documentId).getResultList()) {
                if (scope.covers(e.salesperson, e.region)) {
                    out.add(view(em, e));
                }
            }
            return out;
        });
    }

    /** @return the note's latest review round, if it was sent for review, and its credit round, if it was held */
    public List<Review> reviews(long id) {
        get(id);
        List<Review> out = new ArrayList<>();
        ReviewRef.of(LogisticsModule.REVIEW, id).latest(reviews).ifPresent(out::add);
        ReviewRef.of(LogisticsModule.CREDIT_REVIEW, id).latest(reviews).ifPresent(out::add);
        return out;
    }

    /** @return the note's changes, oldest first */
    public List<AuditEntry> history(long id) {
        get(id);
        return store.history(LogisticsModule.ENTITY, id);
    }

    /**
     * @return the note as users read it; its payment gate as it stands today (a customer moved to
     *         prepayment since the note was prepared holds its goods)
     */
    NoteView view(EntityManager em, NoteEntity e) {
        List<NoteView.Line> lines = new ArrayList<>();
        for (NoteLineEntity l : em.createQuery("select l from NoteLineEntity l where l.noteId = :n order by l.lineNo",
                NoteLineEntity.class).setParameter("n", e.id).getResultList()) {
            lines.add(new NoteView.Line(l.lineNo, l.kind, l.contractLineId, l.product, l.spec, l.unit,
                    l.quantity.stripTrailingZeros(), l.batch, l.unitPrice == null ? null : Money.of(l.unitPrice, e.currency),
                    Money.of(l.amount, e.currency)));
        }
        PaymentTerms terms = e.state.hasLeft() || e.state == NoteState.CANCELLED ? e.paymentTerms
                : Gate.inForce(e, credit);
        return new NoteView(e.id, e.code, e.version, e.state, e.documentId, e.documentNumber, e.customerId,
                e.customerName, terms, Gate.of(terms, e.financeSignedBy), e.shipTo, e.contact, e.phone, e.deliveryMethod,
                e.promisedOn, e.expectedArrival, e.carrierId, e.carrierName, e.waybill,
                e.freight == null ? null : Money.of(e.freight, e.currency), Money.of(e.amount, e.currency),
                e.financeSignedBy, e.financeSignedAt, e.exceptionReason, e.exceptionBy, e.warehouseCheckedBy,
                e.warehouseCheckedAt, e.creditCheck, e.region, e.carrierSignedBy, e.carrierSignedAt, e.proofName,
                e.shippedAt, e.deliveredAt, e.problem, e.note, Notes.late(e.state, e.promisedOn, store.today()), lines,
                e.stamps.createdAt(), e.stamps.createdBy(), e.stamps.updatedAt(), e.stamps.updatedBy());
    }
}
