package org.neiqin.invoicing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.crm.CustomerDirectory;
import org.neiqin.api.crm.CustomerSummary;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.FieldConflictException;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.money.CompanyCurrency;
import org.neiqin.api.money.Money;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Money received (收款) and matched to invoices (核销): finance records a receipt of a customer, then matches parts of it
 * to the customer's issued invoices — never more than the receipt has left nor more than an invoice has outstanding,
 * also when two clerks match at once (the receipt's and the invoices' rows are locked, in id order). What is not matched
 * stays on the customer's account as an advance (预收) and lowers what the customer owes.
 */
@Component(service = ReceiptService.class)
public class ReceiptService {
    /** Event topic of money received: {@code id}, {@code customerId}, {@code amount}. */
    public static final String RECORDED = org.neiqin.api.invoicing.InvoicingEvents.RECEIPT_RECORDED;

    private final InvoicingStore store;
    private final SecurityService security;
    private final CustomerDirectory customers;
    private final CompanyCurrency currency;

    @Activate
    public ReceiptService(@Reference InvoicingStore store, @Reference SecurityService security,
            @Reference CustomerDirectory customers, @Reference CompanyCurrency currency) {
        this.store = store;
        this.security = security;
        this.customers = customers;
        this.currency = currency;
    }

    public ReceiptView record(ReceiptData data) {
        Actor actor = security.require(InvoicingModule.RECEIVE);
        if (data == null) {
            throw new ValidationException("body", "required", Text.of("invoicing.receipt.required", "the receipt is required"));
        }
        List<FieldError> errors = new ArrayList<>(Forms.check(data));
        errors.addAll(Forms.inCurrency(data, currency.code()));
        if (data.receivedOn() != null && data.receivedOn().isAfter(store.today())) {
            errors.add(new FieldError("receivedOn", "range", Text.of("invoicing.receipt.future",
                    "money is recorded when it has come in: {0} is after today", data.receivedOn())));
        }
        CustomerSummary customer = data.customerId() == null ? null : customers.find(data.customerId()).orElse(null);
        if (data.customerId() != null && customer == null) {
            errors.add(new FieldError("customerId", "unknown", Text.of("invoicing.receipt.customer",
                    "there is no customer {0}", data.customerId())));
        }
        Forms.require(errors);
        return store.write(em -> {
            ReceiptEntity e = new ReceiptEntity();
            e.customerId = customer.id();
            e.customerName = customer.fullName();
            e.receivedOn = data.receivedOn();
            e.method = data.method();
            e.currency = currency.code();
            e.amount = data.amount().amount();
            e.allocated = BigDecimal.ZERO.setScale(2);
            e.reference = Forms.trimmed(data.reference());
            e.note = Forms.trimmed(data.note());
            store.create(em, e, actor);
            store.audit(em, InvoicingModule.RECEIPT, e.id, AuditAction.CREATE, null, Forms.filled(data));
            store.event(RECORDED, actor).with("id", e.id).with("customerId", e.customerId)
                    .with("amount", e.amount.toPlainString()).publish();
            return view(em, e);
        });
    }

    /**
     * Matches parts of a receipt to issued invoices of its customer.
     *
     * @throws FieldConflictException (409 {@code outstanding}) naming each part over what its invoice has outstanding
     *         or, in all, over what the receipt has left
     */
    public ReceiptView allocate(long receiptId, int version, List<AllocationData> parts) {
        Actor actor = security.require(InvoicingModule.RECEIVE);
        List<AllocationData> rows = parts == null ? List.of() : parts;
        List<FieldError> errors = new ArrayList<>();
        if (rows.isEmpty()) {
            errors.add(new FieldError("allocations", "required", Text.of("invoicing.allocation.required",
                    "match at least one invoice")));
        }
        for (int i = 0; i < rows.size(); i++) {
            for (FieldError f : rows.get(i) == null ? List.of(new FieldError("", "required", "empty"))
                    : concat(Forms.check(rows.get(i)), Forms.inCurrency(rows.get(i), currency.code()))) {
                errors.add(new FieldError("allocations[" + i + "]" + (f.field().isEmpty() ? "" : "." + f.field()), f.rule(),
                        f.text()));
            }
        }
        Forms.require(errors);
        return store.write(em -> {
            ReceiptEntity r = Store.load(em, ReceiptEntity.class, receiptId, version, "receipt");
            em.lock(r, LockModeType.PESSIMISTIC_WRITE);
            // the invoices' rows in id order: two matches of the same invoices wait for each other, never in a circle
            Map<Long, InvoiceEntity> invoices = new LinkedHashMap<>();
            rows.stream().map(AllocationData::invoiceId).distinct().sorted(Comparator.naturalOrder()).forEach(id ->
                    invoices.put(id, em.find(InvoiceEntity.class, id, LockModeType.PESSIMISTIC_WRITE)));
            Map<Long, BigDecimal> paid = paid(em, invoices.keySet());
            Map<Long, BigDecimal> credited = CreditNotes.creditedAmounts(em, invoices.keySet());
            Map<Long, BigDecimal> taking = new HashMap<>();
            List<FieldError> over = new ArrayList<>();
            BigDecimal all = BigDecimal.ZERO;
            for (int i = 0; i < rows.size(); i++) {
                AllocationData a = rows.get(i);
                InvoiceEntity inv = invoices.get(a.invoiceId());
                String at = "allocations[" + i + "].";
                if (inv == null || inv.state != InvoiceState.ISSUED || inv.creditOf != null || inv.customerId != r.customerId) {
                    over.add(new FieldError(at + "invoiceId", "unknown", Text.of("invoicing.allocation.invoice",
                            "{0} has no issued invoice {1}", r.customerName, a.invoiceId())));
                    continue;
                }
                BigDecimal now = taking.merge(inv.id, a.amount().amount(), BigDecimal::add);
                BigDecimal outstanding = inv.total.subtract(paid.getOrDefault(inv.id, BigDecimal.ZERO))
                        .subtract(credited.getOrDefault(inv.id, BigDecimal.ZERO));
                if (now.compareTo(outstanding) > 0) {
                    over.add(new FieldError(at + "amount", "outstanding", Text.of("invoicing.allocation.over",
                            "invoice {0} has {1} outstanding", inv.number, outstanding.toPlainString())));
                }
                all = all.add(a.amount().amount());
            }
            BigDecimal left = r.amount.subtract(r.allocated);
            if (all.compareTo(left) > 0) {
                over.add(new FieldError("allocations", "receipt", Text.of("invoicing.allocation.receipt",
                        "the receipt has {0} left to match, not {1}", left.toPlainString(), all.toPlainString())));
            }
            if (!over.isEmpty()) {
                throw new FieldConflictException("outstanding", over);
            }
            for (AllocationData a : rows) {
                InvoiceEntity inv = invoices.get(a.invoiceId());
                AllocationEntity x = new AllocationEntity();
                x.receiptId = r.id;
                x.invoiceId = inv.id;
                x.documentId = inv.documentId;
                x.amount = a.amount().amount();
                inv.openAmount = inv.openAmount.subtract(x.amount);
                x.allocatedBy = actor.name();
                x.allocatedAt = store.now();
                store.persist(em, x);
                store.audit(em, InvoicingModule.ENTITY, inv.id, AuditAction.UPDATE, null, Map.of("receipt", r.id,
                        "paid", Money.of(x.amount, r.currency).toString()));
            }
            r.allocated = r.allocated.add(all);
            store.touch(r, actor);
            store.audit(em, InvoicingModule.RECEIPT, r.id, AuditAction.UPDATE, null, Map.of("allocated",
                    Money.of(r.allocated, r.currency).toString()));
            return view(em, r);
        });
    }

    /**
     * Undoes the matching of a receipt to an invoice (matched to the wrong invoice, a bill that bounced), with a reason
     * written in both histories: the invoice owes that money again and the receipt has it to match.
     *
     * @throws ConflictException 409 {@code not-matched} when the receipt pays nothing of the invoice
     */
    public ReceiptView unmatch(long receiptId, int version, long invoiceId, String reason) {
        Actor actor = security.require(InvoicingModule.RECEIVE);
        Forms.require(Forms.check(new InvoiceDrafts.Reason(reason)));
        return store.write(em -> {
            ReceiptEntity r = Store.load(em, ReceiptEntity.class, receiptId, version, "receipt");
            em.lock(r, LockModeType.PESSIMISTIC_WRITE);
            List<AllocationEntity> parts = em.createQuery("select a from AllocationEntity a where a.receiptId = :r and"
                    + " a.invoiceId = :i", AllocationEntity.class).setParameter("r", r.id).setParameter("i", invoiceId)
                    .getResultList();
            if (parts.isEmpty()) {
                throw new ConflictException("not-matched", Text.of("invoicing.unmatch.none",
                        "receipt {0} pays nothing of invoice {1}", r.id, invoiceId));
            }
            BigDecimal undone = BigDecimal.ZERO;
            for (AllocationEntity a : parts) {
                undone = undone.add(a.amount);
                em.remove(a);
            }
            r.allocated = r.allocated.subtract(undone);
            InvoiceEntity invoice = em.find(InvoiceEntity.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
            invoice.openAmount = invoice.openAmount.add(undone);
            store.touch(r, actor);
            String why = reason.trim();
            store.audit(em, InvoicingModule.ENTITY, invoiceId, AuditAction.UPDATE, Map.of("receipt", r.id, "paid",
                    Money.of(undone, r.currency).toString()), Map.of("unmatched", why));
            store.audit(em, InvoicingModule.RECEIPT, r.id, AuditAction.UPDATE, null, Map.of("allocated",
                    Money.of(r.allocated, r.currency).toString(), "unmatched", why));
            return view(em, r);
        });
    }

    public ReceiptView get(long id) {
        security.require(InvoicingModule.READ);
        return store.read(em -> view(em, Store.find(em, ReceiptEntity.class, id, "receipt")));
    }

    /** @return the receipts of a customer, or of everyone, the latest first (at most {@code limit}) */
    public List<ReceiptView> list(Long customerId, int limit) {
        security.require(InvoicingModule.READ);
        return store.read(em -> (customerId == null
                ? em.createQuery("select r from ReceiptEntity r order by r.receivedOn desc, r.id desc", ReceiptEntity.class)
                : em.createQuery("select r from ReceiptEntity r where r.customerId = :c order by r.receivedOn desc,"
                        + " r.id desc", ReceiptEntity.class).setParameter("c", customerId))
                .setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList().stream().map(r -> view(em, r)).toList());
    }

    /** An issued invoice with what is outstanding of it. */
    public record Open(long invoiceId, String number, String documentNumber, java.time.LocalDate dueDate, Money total,
            Money outstanding) {
    }

    /** @return the customer's issued invoices with something outstanding, the earliest due first */
    public List<Open> open(long customerId) {
        security.require(InvoicingModule.READ);
        return store.read(em -> {
            List<InvoiceEntity> issued = em.createQuery("select i from InvoiceEntity i where i.customerId = :c and"
                    + " i.state = :issued and i.creditOf is null order by i.dueDate, i.id", InvoiceEntity.class)
                    .setParameter("c", customerId).setParameter("issued", InvoiceState.ISSUED).getResultList();
            Map<Long, BigDecimal> owing = Owing.left(em, issued);
            List<Open> out = new ArrayList<>();
            for (InvoiceEntity i : issued) {
                BigDecimal left = owing.get(i.id);
                if (left.signum() > 0) {
                    out.add(new Open(i.id, i.number, i.documentNumber, i.dueDate, Money.of(i.total, i.currency),
                            Money.of(left, i.currency)));
                }
            }
            return out;
        });
    }

    /** @return what receipts matched to each of the invoices so far */
    static Map<Long, BigDecimal> paid(EntityManager em, java.util.Collection<Long> invoiceIds) {
        Map<Long, BigDecimal> out = new HashMap<>();
        if (invoiceIds.isEmpty()) {
            return out;
        }
        for (Object[] row : em.createQuery("select a.invoiceId, sum(a.amount) from AllocationEntity a where a.invoiceId"
                + " in :ids group by a.invoiceId", Object[].class).setParameter("ids", List.copyOf(invoiceIds))
                .getResultList()) {
            out.put((Long) row[0], (BigDecimal) row[1]);
        }
        return out;
    }

    private static ReceiptView view(EntityManager em, ReceiptEntity r) {
        String c = r.currency;
        List<ReceiptView.Allocation> parts = new ArrayList<>();
        for (Object[] row : em.createQuery("select a.invoiceId, i.number, a.amount, a.allocatedBy, a.allocatedAt from"
                + " AllocationEntity a, InvoiceEntity i where a.invoiceId = i.id and a.receiptId = :r order by a.id",
                Object[].class).setParameter("r", r.id).getResultList()) {
            parts.add(new ReceiptView.Allocation((Long) row[0], (String) row[1], Money.of((BigDecimal) row[2], c),
                    (String) row[3], (java.time.Instant) row[4]));
        }
        return new ReceiptView(r.id, r.version, r.customerId, r.customerName, r.receivedOn, r.method,
                Money.of(r.amount, c), Money.of(r.allocated, c), Money.of(r.amount.subtract(r.allocated), c), r.reference,
                r.note, parts, r.stamps.createdBy(), r.stamps.createdAt());
    }

    private static List<FieldError> concat(List<FieldError> a, List<FieldError> b) {
        List<FieldError> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
