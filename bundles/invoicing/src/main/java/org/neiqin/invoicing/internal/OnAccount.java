package org.neiqin.invoicing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.neiqin.api.invoicing.MoneyReceived;
import org.neiqin.api.money.Money;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Money received and not yet matched to an invoice, for the payment gate of prepaid deliveries. */
@Component(service = MoneyReceived.class)
public class OnAccount implements MoneyReceived {
    private final InvoicingStore store;

    @Activate
    public OnAccount(@Reference InvoicingStore store) {
        this.store = store;
    }

    @Override
    public Money onAccount(long customerId, String currency) {
        return store.read(em -> Money.of(em.createQuery("select coalesce(sum(r.amount - r.allocated), 0) from"
                + " ReceiptEntity r where r.customerId = :c and r.currency = :cur", BigDecimal.class)
                .setParameter("c", customerId).setParameter("cur", currency).getSingleResult().setScale(2), currency));
    }

    @Override
    public LocalDate lastReceived(long customerId) {
        return store.read(em -> {
            List<LocalDate> last = em.createQuery("select max(r.receivedOn) from ReceiptEntity r where r.customerId = :c",
                    LocalDate.class).setParameter("c", customerId).getResultList();
            return last.isEmpty() ? null : last.get(0);
        });
    }
}
