package org.neiqin.invoicing.internal;

import java.math.BigDecimal;
import java.util.List;

import javax.persistence.EntityManager;

import org.neiqin.api.security.Actor;

/** The lines of a request or credit note: stored with their invoice, and a line's part when a request is split. */
final class RequestLines {
    private RequestLines() {
    }

    /** Stores a new request or credit note with its lines, its VAT totals the sums of theirs. */
    static void save(InvoicingStore store, EntityManager em, InvoiceEntity e,
            List<InvoiceLineEntity> lines, Actor actor) {
        Vat.Figures sum = Vat.sum(lines.stream().map(l -> new Vat.Figures(l.amount, l.tax, l.total)).toList());
        e.amount = sum.amount();
        e.tax = sum.tax();
        e.total = sum.total();
        store.create(em, e, actor);
        for (InvoiceLineEntity l : lines) {
            l.invoiceId = e.id;
            store.persist(em, l);
        }
    }

    /** @return a copy of a request's line for {@code quantity} of it, at place {@code lineNo}, its VAT figured again */
    static InvoiceLineEntity part(InvoiceLineEntity l, BigDecimal quantity, int lineNo, boolean taxIncluded) {
        InvoiceLineEntity c = new InvoiceLineEntity();
        c.lineNo = lineNo;
        c.lineKey = l.lineKey;
        c.productId = l.productId;
        c.productCode = l.productCode;
        c.product = l.product;
        c.spec = l.spec;
        c.unit = l.unit;
        c.quantity = quantity;
        c.unitPrice = l.unitPrice;
        c.taxRate = l.taxRate;
        c.taxCode = l.taxCode;
        Vat.Figures f = Vat.line(quantity, l.unitPrice, l.taxRate, taxIncluded);
        c.amount = f.amount();
        c.tax = f.tax();
        c.total = f.total();
        return c;
    }
}
