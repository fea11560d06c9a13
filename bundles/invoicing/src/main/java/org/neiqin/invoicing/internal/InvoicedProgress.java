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
                for (Object[] r : em.createQuery("select i.documentId, l.lineKey, i.currency, sum(l.total), max(i.issuedOn)"
                        + " from InvoiceLineEntity l, InvoiceEntity i where l.invoiceId = i.id and i.state = :issued"
                        + " and i.documentId in :ids group by i.documentId, l.lineKey, i.currency", Object[].class)
                        .setParameter("issued", InvoiceState.ISSUED)
                        .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500))).getResultList()) {
                    out.add(new LineProgress((Long) r[0], (Long) r[1], null, Money.of((BigDecimal) r[3], (String) r[2]),
                            null, (LocalDate) r[4]));
                }
            }
            return out;
        });
    }
}
