package org.neiqin.invoicing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.FieldConflictException;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.api.money.Money;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.form.Forms;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Red-letter credit notes (红字发票): an issued invoice is never edited; it is corrected, wholly or in part, by a credit
 * note with a reason — an invoice of its own with the quantities taken back as negative lines at the invoice's prices
 * and rates, reviewed and issued like any invoice. No line is credited beyond what it billed less what credit notes
 * not withdrawn already took (under the order's lock row); what is credited is free to bill again and no longer owed.
 */
@Component(service = CreditNotes.class)
public class CreditNotes {
    private final InvoicingStore store;
    private final SecurityService security;
    private final Billing billing;

    @Activate
    public CreditNotes(@Reference InvoicingStore store, @Reference SecurityService security, @Reference Billing billing) {
        this.store = store;
        this.security = security;
        this.billing = billing;
    }

    /** A credit note for lines of an issued invoice; every problem of every line at once, nothing stored on any. */
    public InvoiceView create(long invoiceId, String reason, List<CreditLineData> lines) {
        Actor actor = security.require(InvoicingModule.WRITE);
        List<FieldError> errors = new ArrayList<>(Forms.check(new InvoiceDrafts.Reason(reason)));
        List<CreditLineData> rows = lines == null ? List.of() : lines;
        if (rows.isEmpty()) {
            errors.add(new FieldError("lines", "required", Text.of("invoicing.credit.lines", "credit at least one line")));
        }
        for (int i = 0; i < rows.size(); i++) {
            for (FieldError f : rows.get(i) == null ? List.of(new FieldError("", "required", "empty"))
                    : Forms.check(rows.get(i))) {
                errors.add(new FieldError("lines[" + i + "]" + (f.field().isEmpty() ? "" : "." + f.field()), f.rule(),
                        f.text()));
            }
        }
        Forms.require(errors);
        long documentId = store.read(em -> InvoiceReader.visible(em, invoiceId, security.scope()).documentId);
        billing.ensureLock(documentId);
        return store.write(em -> {
            billing.lock(em, documentId);
            InvoiceEntity original = InvoiceReader.visible(em, invoiceId, security.scope());
            if (original.state != InvoiceState.ISSUED || original.creditOf != null) {
                throw new ConflictException("not-creditable", Text.of("invoicing.credit.notIssued",
                        "{0} is {1}: a credit note corrects an issued invoice", original.reference(), original.state));
            }
            Map<Integer, InvoiceLineEntity> byNo = new HashMap<>();
            InvoiceReader.lines(em, original.id).forEach(l -> byNo.put(l.lineNo, l));
            Map<Integer, BigDecimal> credited = credited(em, original.id);
            List<FieldError> over = new ArrayList<>();
            List<InvoiceLineEntity> made = new ArrayList<>();
            Map<Integer, BigDecimal> taking = new HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                CreditLineData r = rows.get(i);
                InvoiceLineEntity l = byNo.get(r.lineNo());
                if (l == null) {
                    over.add(new FieldError("lines[" + i + "].lineNo", "unknown", Text.of("invoicing.credit.noLine",
                            "{0} has no line {1}", original.number, r.lineNo())));
                    continue;
                }
                BigDecimal now = taking.merge(l.lineNo, r.quantity(), BigDecimal::add);
                BigDecimal left = l.quantity.subtract(credited.getOrDefault(l.lineNo, BigDecimal.ZERO));
                if (now.compareTo(left) > 0) {
                    over.add(new FieldError("lines[" + i + "].quantity", "creditable", Text.of("invoicing.credit.over",
                            "line {0} ({1}): only {2} {3} left to credit (invoiced {4})", l.lineNo, l.product,
                            InvoiceDrafts.plain(left), l.unit, InvoiceDrafts.plain(l.quantity))));
                    continue;
                }
                InvoiceLineEntity c = new InvoiceLineEntity();
                c.lineNo = made.size() + 1;
                c.creditedLineNo = l.lineNo;
                c.lineKey = l.lineKey;
                c.productId = l.productId;
                c.productCode = l.productCode;
                c.product = l.product;
                c.spec = l.spec;
                c.unit = l.unit;
                c.quantity = r.quantity().negate();
                c.unitPrice = l.unitPrice;
                c.taxCode = l.taxCode;
                c.taxRate = l.taxRate;
                Vat.Figures f = Vat.line(c.quantity, c.unitPrice, c.taxRate, original.taxIncluded);
                c.amount = f.amount();
                c.tax = f.tax();
                c.total = f.total();
                made.add(c);
            }
            if (!over.isEmpty()) {
                throw new FieldConflictException("creditable", over);
            }
            InvoiceEntity e = new InvoiceEntity();
            e.state = InvoiceState.DRAFT;
            e.creditOf = original.id;
            e.creditReason = reason.trim();
            e.documentId = original.documentId;
            e.documentNumber = original.documentNumber;
            e.customerId = original.customerId;
            e.customerName = original.customerName;
            e.salesperson = original.salesperson;
            e.region = original.region;
            e.invoiceType = original.invoiceType;
            e.medium = original.medium;
            e.taxIncluded = original.taxIncluded;
            e.currency = original.currency;
            RequestLines.save(store, em, e, made, actor);
            store.audit(em, InvoicingModule.ENTITY, e.id, AuditAction.CREATE, null, Map.of("creditOf", original.number,
                    "reason", e.creditReason, "total", Money.of(e.total, e.currency).toString()));
            store.audit(em, InvoicingModule.ENTITY, original.id, AuditAction.UPDATE, null, Map.of("creditNote", e.id,
                    "reason", e.creditReason));
            return InvoiceReader.view(em, e);
        });
    }

    /** @return the quantity of each line of an invoice that its credit notes not withdrawn take back */
    static Map<Integer, BigDecimal> credited(EntityManager em, long invoiceId) {
        Map<Integer, BigDecimal> out = new HashMap<>();
        for (Object[] r : em.createQuery("select l.creditedLineNo, sum(l.quantity) from InvoiceLineEntity l, InvoiceEntity i"
                + " where l.invoiceId = i.id and i.creditOf = :o and i.state <> :cancelled group by l.creditedLineNo",
                Object[].class).setParameter("o", invoiceId).setParameter("cancelled", InvoiceState.CANCELLED)
                .getResultList()) {
            out.put((Integer) r[0], ((BigDecimal) r[1]).negate());
        }
        return out;
    }

    /** @return what issued credit notes took off each of the invoices (positive amounts) */
    static Map<Long, BigDecimal> creditedAmounts(EntityManager em, java.util.Collection<Long> invoiceIds) {
        Map<Long, BigDecimal> out = new HashMap<>();
        if (invoiceIds.isEmpty()) {
            return out;
        }
        for (Object[] r : em.createQuery("select i.creditOf, sum(i.total) from InvoiceEntity i where i.creditOf in :ids"
                + " and i.state = :issued group by i.creditOf", Object[].class).setParameter("ids", List.copyOf(invoiceIds))
                .setParameter("issued", InvoiceState.ISSUED).getResultList()) {
            out.put((Long) r[0], ((BigDecimal) r[1]).negate());
        }
        return out;
    }
}
