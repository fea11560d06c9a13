package org.neiqin.invoicing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.persistence.EntityManager;

import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.money.CompanyCurrency;
import org.neiqin.api.money.Money;
import org.neiqin.api.security.SecurityService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Statements of account (对账单): read from the issued invoices, credit notes and receipts, never stored apart. */
@Component(service = Statements.class)
public class Statements {
    private final InvoicingStore store;
    private final SecurityService security;
    private final CompanyCurrency currency;
    private final org.neiqin.api.crm.CustomerDirectory customers;

    @Activate
    public Statements(@Reference InvoicingStore store, @Reference SecurityService security,
            @Reference CompanyCurrency currency, @Reference org.neiqin.api.crm.CustomerDirectory customers) {
        this.store = store;
        this.security = security;
        this.currency = currency;
        this.customers = customers;
    }

    /**
     * @return the customer's statement from {@code from} to {@code to} (both days included; to: not after today)
     * @throws ValidationException when the period is back to front or ends in the future
     * @throws org.neiqin.api.error.NotFoundException when there is no such customer
     */
    public Statement of(long customerId, LocalDate from, LocalDate to) {
        security.require(InvoicingModule.READ);
        String customerName = customers.find(customerId).orElseThrow(() -> new org.neiqin.api.error.NotFoundException(
                "customer", customerId)).fullName();
        if (from == null || to == null || from.isAfter(to)) {
            throw new ValidationException("from", "range", Text.of("invoicing.statement.range",
                    "a statement runs from a day to the same day or a later one"));
        }
        if (to.isAfter(store.today())) {
            throw new ValidationException("to", "range", Text.of("invoicing.statement.future",
                    "a statement ends today ({0}) at the latest", store.today()));
        }
        return store.read(em -> build(em, customerId, customerName, currency.code(), from, to));
    }

    /** @return the statement, read in {@code em} (the ladder's letter reads it in its own run) */
    static Statement build(EntityManager em, long customerId, String customerName, String cur, LocalDate from,
            LocalDate to) {
        BigDecimal openInvoiced = em.createQuery("select coalesce(sum(i.total), 0) from InvoiceEntity i where"
                + " i.customerId = :c and i.currency = :cur and i.state = :issued and i.issuedOn < :from", BigDecimal.class)
                .setParameter("c", customerId).setParameter("cur", cur).setParameter("issued", InvoiceState.ISSUED)
                .setParameter("from", from).getSingleResult();
        BigDecimal openReceived = em.createQuery("select coalesce(sum(r.amount), 0) from ReceiptEntity r where"
                + " r.customerId = :c and r.currency = :cur and r.receivedOn < :from", BigDecimal.class)
                .setParameter("c", customerId).setParameter("cur", cur).setParameter("from", from).getSingleResult();
        Money opening = Money.of(openInvoiced.subtract(openReceived).setScale(2), cur);
        List<Statement.Entry> moves = new ArrayList<>();
        Money zero = Money.zero(cur);
        for (InvoiceEntity i : em.createQuery("select i from InvoiceEntity i where i.customerId = :c and i.currency = :cur"
                + " and i.state = :issued and i.issuedOn between :from and :to order by i.issuedOn, i.number",
                InvoiceEntity.class).setParameter("c", customerId).setParameter("cur", cur)
                .setParameter("issued", InvoiceState.ISSUED).setParameter("from", from).setParameter("to", to)
                .getResultList()) {
            boolean credit = i.creditOf != null;
            Money total = Money.of(i.total, cur);
            moves.add(new Statement.Entry(i.issuedOn, credit ? Statement.Kind.CREDIT_NOTE : Statement.Kind.INVOICE,
                    i.number, i.documentNumber, credit ? zero : total, credit ? Money.of(i.total.negate(), cur) : zero,
                    null));
        }
        for (ReceiptEntity r : em.createQuery("select r from ReceiptEntity r where r.customerId = :c and r.currency ="
                + " :cur and r.receivedOn between :from and :to order by r.receivedOn, r.id", ReceiptEntity.class)
                .setParameter("c", customerId).setParameter("cur", cur).setParameter("from", from)
                .setParameter("to", to).getResultList()) {
            moves.add(new Statement.Entry(r.receivedOn, Statement.Kind.RECEIPT,
                    r.reference == null || r.reference.isBlank() ? "#" + r.id : r.reference, r.method.name(), zero,
                    Money.of(r.amount, cur), null));
        }
        moves.sort(Comparator.comparing(Statement.Entry::date).thenComparing(e -> e.kind().ordinal()));
        List<Statement.Entry> entries = new ArrayList<>();
        Money balance = opening;
        Money invoiced = zero;
        Money credited = zero;
        Money received = zero;
        for (Statement.Entry m : moves) {
            balance = balance.plus(m.debit()).minus(m.credit());
            if (m.kind() == Statement.Kind.INVOICE) {
                invoiced = invoiced.plus(m.debit());
            } else if (m.kind() == Statement.Kind.CREDIT_NOTE) {
                credited = credited.plus(m.credit());
            } else {
                received = received.plus(m.credit());
            }
            entries.add(new Statement.Entry(m.date(), m.kind(), m.reference(), m.detail(), m.debit(), m.credit(),
                    balance));
        }
        return new Statement(customerId, customerName, from, to, opening, List.copyOf(entries), invoiced, credited,
                received, balance);
    }
}
