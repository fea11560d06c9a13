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
@Component(service = {CreditSource.class, org.neiqin.api.crm.CustomerFigureProvider.class})
public class Outstanding implements CreditSource, org.neiqin.api.crm.CustomerFigureProvider {
    private final InvoicingStore store;
    private final org.neiqin.api.security.SecurityService security;
    private final org.neiqin.api.money.CompanyCurrency currency;
    private final LadderStop ladder;

    @Activate
    public Outstanding(@Reference InvoicingStore store, @Reference org.neiqin.api.security.SecurityService security,
            @Reference org.neiqin.api.money.CompanyCurrency currency, @Reference LadderStop ladder) {
        this.store = store;
        this.security = security;
        this.currency = currency;
        this.ladder = ladder;
    }

    /**
     * On the customer card, to readers of invoices: what is owed on invoices (the same sum as the credit ledger's), what
     * of it is past due, and the last money received. Not marked as counting against the limit: the credit ledger
     * counts it already.
     */
    @Override
    public java.util.List<org.neiqin.api.crm.CustomerFigure> figures(long customerId, java.util.Locale locale) {
        java.util.Optional<org.neiqin.api.security.Actor> actor = security.currentActor();
        if (actor.isEmpty() || !security.isPermitted(actor.get(), InvoicingModule.READ)) {
            return java.util.List.of();
        }
        String cur = currency.code();
        boolean zh = "zh".equals(locale.getLanguage());
        Money owed = owed(customerId, cur);
        java.util.Optional<org.neiqin.api.error.Text> stop = ladder.stop(customerId);
        return store.read(em -> {
            java.time.LocalDate today = store.today();
            java.util.List<InvoiceEntity> due = em.createQuery("select i from InvoiceEntity i where i.customerId = :c and"
                    + " i.state = :issued and i.creditOf is null and i.dueDate < :today and i.currency = :cur",
                    InvoiceEntity.class).setParameter("c", customerId).setParameter("issued", InvoiceState.ISSUED)
                    .setParameter("today", today).setParameter("cur", cur).getResultList();
            BigDecimal overdue = BigDecimal.ZERO.setScale(2);
            for (BigDecimal left : Owing.left(em, due).values()) {
                overdue = overdue.add(left.max(BigDecimal.ZERO));
            }
            java.util.List<Object[]> last = em.createQuery("select r.receivedOn, r.amount from ReceiptEntity r where"
                    + " r.customerId = :c order by r.receivedOn desc, r.id desc", Object[].class)
                    .setParameter("c", customerId).setMaxResults(1).getResultList();
            java.util.List<org.neiqin.api.crm.CustomerFigure> out = new java.util.ArrayList<>();
            out.add(new org.neiqin.api.crm.CustomerFigure(zh ? "发票未收（扣除预收）" : "Owed on invoices (less advances)",
                    owed.text(), owed, false));
            out.add(new org.neiqin.api.crm.CustomerFigure(zh ? "其中已逾期" : "Of which past due",
                    Money.of(overdue, cur).text(), Money.of(overdue, cur), false));
            out.add(new org.neiqin.api.crm.CustomerFigure(zh ? "最近收款" : "Last money received", last.isEmpty()
                    ? (zh ? "无" : "none") : last.get(0)[0] + " — " + Money.of((BigDecimal) last.get(0)[1], cur).text(), null,
                    false));
            stop.ifPresent(why -> out.add(new org.neiqin.api.crm.CustomerFigure(zh ? "停止信用" : "Credit stop",
                    why.toString(), null, false)));
            return out;
        });
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
