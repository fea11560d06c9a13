package org.neiqin.invoicing.internal;

import java.math.BigDecimal;

import org.neiqin.api.credit.CreditSource;
import org.neiqin.api.money.Money;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What a customer owes on invoices, for the credit ledger: issued invoices less what receipts paid of them, less the
 * customer's advances (money received and not yet matched). Contracts counts an order only for what is not yet
 * invoiced, so nothing is counted twice.
 */
@Component(service = CreditSource.class)
public class Outstanding implements CreditSource {
    private final InvoicingStore store;

    @Activate
    public Outstanding(@Reference InvoicingStore store) {
        this.store = store;
    }

    @Override
    public Money owed(long customerId, String currency) {
        return store.read(em -> {
            BigDecimal invoiced = em.createQuery("select coalesce(sum(i.total), 0) from InvoiceEntity i where i.customerId"
                    + " = :c and i.currency = :cur and i.state = :issued", BigDecimal.class).setParameter("c", customerId)
                    .setParameter("cur", currency).setParameter("issued", InvoiceState.ISSUED).getSingleResult();
            BigDecimal received = em.createQuery("select coalesce(sum(r.amount), 0) from ReceiptEntity r where"
                    + " r.customerId = :c and r.currency = :cur", BigDecimal.class).setParameter("c", customerId)
                    .setParameter("cur", currency).getSingleResult();
            // every receipt counts once: matched to invoices or held as an advance, it lowers what is owed
            return Money.of(invoiced.subtract(received).setScale(2, java.math.RoundingMode.HALF_UP), currency);
        });
    }
}
