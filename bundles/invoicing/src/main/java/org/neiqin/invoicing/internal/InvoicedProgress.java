package org.neiqin.invoicing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.neiqin.api.contracts.FulfilmentSource;
import org.neiqin.api.contracts.LineProgress;
import org.neiqin.api.money.Money;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** What invoices billed of each order line, for the fulfilment schedule and receivables: issued invoices only. */
@Component(service = FulfilmentSource.class)
public class InvoicedProgress implements FulfilmentSource {
    private final InvoicingStore store;

    @Activate
    public InvoicedProgress(@Reference InvoicingStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return InvoicingModule.ID;
    }

    @Override
    public List<LineProgress> progress(Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = List.copyOf(documentIds);
        return store.read(em -> {
            List<LineProgress> out = new ArrayList<>();
            for (int from = 0; from < ids.size(); from += 500) {
                List<Long> part = ids.subList(from, Math.min(ids.size(), from + 500));
                // each issued invoice's lines, and what receipts paid of each invoice: spread over its lines by value
                java.util.Map<Long, BigDecimal> paid = new java.util.HashMap<>();
                for (Object[] r : em.createQuery("select a.invoiceId, sum(a.amount) from AllocationEntity a where"
                        + " a.documentId in :ids group by a.invoiceId", Object[].class).setParameter("ids", part)
                        .getResultList()) {
                    paid.put((Long) r[0], (BigDecimal) r[1]);
                }
                java.util.Map<String, LineProgress> byLine = new java.util.LinkedHashMap<>();
                java.util.Map<Long, BigDecimal> spread = new java.util.HashMap<>();
                for (Object[] r : em.createQuery("select i.id, i.documentId, l.lineKey, i.currency, l.total, i.total,"
                        + " i.issuedOn from InvoiceLineEntity l, InvoiceEntity i where l.invoiceId = i.id and i.state ="
                        + " :issued and i.documentId in :ids order by i.id, l.lineNo", Object[].class)
                        .setParameter("issued", InvoiceState.ISSUED).setParameter("ids", part).getResultList()) {
                    long invoice = (Long) r[0];
                    String cur = (String) r[3];
                    BigDecimal lineTotal = (BigDecimal) r[4];
                    BigDecimal invoicePaid = paid.getOrDefault(invoice, BigDecimal.ZERO);
                    // a line's share of the invoice's payment; the invoice's last line takes what rounding left
                    BigDecimal share = ((BigDecimal) r[5]).signum() == 0 ? BigDecimal.ZERO : invoicePaid.multiply(lineTotal)
                            .divide((BigDecimal) r[5], 2, java.math.RoundingMode.HALF_UP);
                    BigDecimal given = spread.merge(invoice, share, BigDecimal::add);
                    if (given.compareTo(invoicePaid) > 0) {
                        share = share.subtract(given.subtract(invoicePaid));
                        spread.put(invoice, invoicePaid);
                    }
                    String key = r[1] + ":" + r[2];
                    LineProgress before = byLine.get(key);
                    Money invoiced = Money.of(lineTotal, cur);
                    Money paidOnLine = Money.of(share, cur);
                    LocalDate day = (LocalDate) r[6];
                    byLine.put(key, before == null ? new LineProgress((Long) r[1], (Long) r[2], null, invoiced, paidOnLine, day)
                            : new LineProgress(before.documentId(), before.lineId(), null, before.invoiced().plus(invoiced),
                                    before.paid().plus(paidOnLine), day.isAfter(before.lastActivity()) ? day
                                            : before.lastActivity()));
                }
                out.addAll(byLine.values());
            }
            return out;
        });
    }
}
