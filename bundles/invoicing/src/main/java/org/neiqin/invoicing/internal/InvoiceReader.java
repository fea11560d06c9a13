package org.neiqin.invoicing.internal;

import java.util.List;

import javax.persistence.EntityManager;

import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.money.Money;
import org.neiqin.api.security.SecurityService;
import org.neiqin.api.security.RecordScope;
import org.neiqin.kit.query.ListQuery;
import org.neiqin.kit.query.Scopes;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The read side of invoices: one with its lines, the list, the history; and how a service shows what it changed. */
@Component(service = InvoiceReader.class)
public class InvoiceReader {
    private final InvoicingStore store;
    private final SecurityService security;

    @Activate
    public InvoiceReader(@Reference InvoicingStore store, @Reference SecurityService security) {
        this.store = store;
        this.security = security;
    }

    public InvoiceView get(long id) {
        security.require(InvoicingModule.READ);
        return store.read(em -> view(em, visible(em, id, security.scope())));
    }

    /** @return one page of the list and the size of the whole filtered list */
    public ListQuery.Page<InvoiceRow> list(InvoiceQuery q) {
        security.require(InvoicingModule.READ);
        return store.read(em -> ListQuery.of("InvoiceEntity", "v")
                .text(q.text(), "number", "documentNumber", "customerName")
                .eq("state", q.state())
                .eq("documentId", q.document())
                .scope(security.scope(), "salesperson", "region")
                .page(Store.jpql(em), InvoiceRow.COLUMNS, InvoiceRow::of, q.orderBy(), q.offset(), q.limit()));
    }

    /** @return the invoice's changes, oldest first */
    /** @return how many issued invoices and credit notes the office has not yet sent to the customer */
    public long unsent() {
        security.require(InvoicingModule.READ);
        Scopes.Clause scope = Scopes.clause(security.scope(), "i.salesperson", "i.region");
        return store.read(em -> Store.bind(em.createQuery("select count(i) from InvoiceEntity i where i.state = :issued"
                + " and i.sentOn is null and " + scope.jpql(), Long.class), scope).setParameter("issued",
                InvoiceState.ISSUED).getSingleResult());
    }

    public List<AuditEntry> history(long id) {
        get(id);
        return store.history(InvoicingModule.ENTITY, id);
    }

    static InvoiceEntity find(EntityManager em, long id) {
        return Store.find(em, InvoiceEntity.class, id, "invoice");
    }

    /** @return the invoice, when {@code scope} (the caller's record scope) reaches it; 404 as for none otherwise */
    static InvoiceEntity visible(EntityManager em, long id, RecordScope scope) {
        InvoiceEntity e = find(em, id);
        return Scopes.require(scope, e, e.salesperson, e.region, "invoice", id);
    }

    /** @return the invoice at {@code version}, when {@code scope} reaches it (checked first: 404, not 409) */
    static InvoiceEntity visible(EntityManager em, long id, int version, RecordScope scope) {
        InvoiceEntity e = visible(em, id, scope);
        org.neiqin.api.error.ConflictException.requireVersion(e.version(), version, "invoice", e.reference());
        return e;
    }

    static List<InvoiceLineEntity> lines(EntityManager em, long invoiceId) {
        return em.createQuery("select l from InvoiceLineEntity l where l.invoiceId = :i order by l.lineNo",
                InvoiceLineEntity.class).setParameter("i", invoiceId).getResultList();
    }

    static InvoiceView view(EntityManager em, InvoiceEntity e) {
        String c = e.currency;
        List<InvoiceView.Line> lines = lines(em, e.id).stream().map(l -> new InvoiceView.Line(l.lineNo, l.lineKey,
                l.productId, l.productCode, l.product, l.spec, l.unit, l.quantity, Money.of(l.unitPrice, c), l.taxCode,
                l.taxRate, Money.of(l.amount, c), Money.of(l.tax, c), Money.of(l.total, c))).toList();
        java.math.BigDecimal paid = ReceiptService.paid(em, List.of(e.id)).getOrDefault(e.id, java.math.BigDecimal.ZERO
                .setScale(2));
        java.math.BigDecimal credited = CreditNotes.creditedAmounts(em, List.of(e.id)).getOrDefault(e.id,
                java.math.BigDecimal.ZERO);
        return new InvoiceView(e.id, e.version, e.state, e.number, e.documentId, e.documentNumber, e.customerId,
                e.customerName, e.salesperson, e.invoiceType, e.medium, e.taxIncluded, Money.of(e.amount, c),
                Money.of(e.tax, c), Money.of(e.total, c), Vat.capital(e.total), Money.of(paid, c),
                Money.of(e.state == InvoiceState.ISSUED && e.creditOf == null ? e.total.subtract(paid).subtract(credited)
                        : java.math.BigDecimal.ZERO.setScale(2), c),
                e.note, e.buyerName, e.buyerTaxNumber,
                e.buyerAddress, e.buyerPhone, e.buyerBank, e.buyerAccount, e.issuedOn, e.dueDate, e.officialNumber,
                e.officialDate, e.sentOn == null ? null : new InvoiceView.Sending(e.sentOn, e.courier, e.waybill,
                        e.receivedOn), e.splitGroup == null ? null : new InvoiceView.Split(e.splitGroup, e.splitPart,
                                e.splitParts), e.creditOf, e.creditReason, lines, e.stamps.createdBy(), e.stamps.createdAt(), e.stamps.updatedBy(),
                e.stamps.updatedAt());
    }
}
