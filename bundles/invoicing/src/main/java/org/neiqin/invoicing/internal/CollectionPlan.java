package org.neiqin.invoicing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.persistence.EntityManager;

import org.neiqin.api.money.CompanyCurrency;
import org.neiqin.api.money.Money;
import org.neiqin.api.security.SecurityService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The monthly collection plan (月回款计划): the invoices to collect in a month — due by its last day and not paid when
 * it began (or issued in it) — each with its invoice and due dates, what was planned (owed at the month's start, or at
 * issue), what was collected in the month and what is still outstanding; and per salesperson, plan against actual.
 */
@Component(service = CollectionPlan.class)
public class CollectionPlan {
    /** An invoice of the plan. */
    public record Line(long invoiceId, String number, String customerName, String salesperson, LocalDate issuedOn,
            LocalDate dueDate, Money planned, Money collected, Money credited, Money outstanding) {
    }

    /** A salesperson's plan against what was collected; rate in per cent (none when nothing was planned). */
    public record Person(String salesperson, Money planned, Money collected, Money outstanding, BigDecimal rate) {
    }

    /** The month's plan. */
    public record Plan(YearMonth month, List<Line> lines, List<Person> salespeople, Person total) {
    }

    private final InvoicingStore store;
    private final SecurityService security;
    private final CompanyCurrency currency;

    @Activate
    public CollectionPlan(@Reference InvoicingStore store, @Reference SecurityService security,
            @Reference CompanyCurrency currency) {
        this.store = store;
        this.security = security;
        this.currency = currency;
    }

    public Plan of(YearMonth month) {
        security.require(InvoicingModule.READ);
        String cur = currency.code();
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        return store.read(em -> {
            // the columns the plan shows, not the invoices themselves: most are settled and only looked at
            List<Object[]> due = em.createQuery("select i.id, i.number, i.customerName, i.salesperson, i.issuedOn,"
                    + " i.dueDate, i.total from InvoiceEntity i where i.state = :issued and i.creditOf is null and"
                    + " i.currency = :cur and i.dueDate <= :last and i.issuedOn <= :last order by i.dueDate, i.number",
                    Object[].class).setParameter("issued", InvoiceState.ISSUED).setParameter("cur", cur)
                    .setParameter("last", last).getResultList();
            Map<Long, BigDecimal> paidBefore = paid(em, "r.receivedOn < :first", first, last);
            Map<Long, BigDecimal> paidIn = paid(em, "r.receivedOn >= :first and r.receivedOn <= :last", first, last);
            Map<Long, BigDecimal> creditedBefore = credited(em, "c.issuedOn < :first", first, last);
            Map<Long, BigDecimal> creditedIn = credited(em, "c.issuedOn >= :first and c.issuedOn <= :last", first, last);
            List<Line> lines = new ArrayList<>();
            Map<String, BigDecimal[]> people = new TreeMap<>();
            for (Object[] i : due) {
                long id = (Long) i[0];
                String salesperson = (String) i[3];
                BigDecimal planned = ((BigDecimal) i[6]).subtract(paidBefore.getOrDefault(id, BigDecimal.ZERO))
                        .subtract(creditedBefore.getOrDefault(id, BigDecimal.ZERO));
                if (planned.signum() <= 0) {
                    continue;
                }
                BigDecimal collected = paidIn.getOrDefault(id, BigDecimal.ZERO);
                BigDecimal credited = creditedIn.getOrDefault(id, BigDecimal.ZERO);
                BigDecimal left = planned.subtract(collected).subtract(credited);
                lines.add(new Line(id, (String) i[1], (String) i[2], salesperson, (LocalDate) i[4], (LocalDate) i[5],
                        Money.of(planned, cur), Money.of(collected, cur), Money.of(credited, cur), Money.of(left, cur)));
                BigDecimal[] p = people.computeIfAbsent(salesperson == null ? "" : salesperson,
                        k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
                p[0] = p[0].add(planned);
                p[1] = p[1].add(collected);
                p[2] = p[2].add(left);
            }
            List<Person> persons = new ArrayList<>();
            BigDecimal[] all = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
            for (Map.Entry<String, BigDecimal[]> e : people.entrySet()) {
                persons.add(person(e.getKey(), e.getValue(), cur));
                for (int k = 0; k < 3; k++) {
                    all[k] = all[k].add(e.getValue()[k]);
                }
            }
            return new Plan(month, lines, persons, person("", all, cur));
        });
    }

    private static Person person(String who, BigDecimal[] p, String cur) {
        BigDecimal rate = p[0].signum() == 0 ? null : p[1].multiply(BigDecimal.valueOf(100))
                .divide(p[0], 1, java.math.RoundingMode.HALF_UP);
        return new Person(who, Money.of(p[0].setScale(2), cur), Money.of(p[1].setScale(2), cur),
                Money.of(p[2].setScale(2), cur), rate);
    }

    private static Map<Long, BigDecimal> paid(EntityManager em, String when, LocalDate first, LocalDate last) {
        Map<Long, BigDecimal> out = new HashMap<>();
        javax.persistence.TypedQuery<Object[]> q = em.createQuery("select a.invoiceId, sum(a.amount) from"
                + " AllocationEntity a, ReceiptEntity r where a.receiptId = r.id and " + when + " group by a.invoiceId",
                Object[].class).setParameter("first", first);
        if (when.contains(":last")) {
            q.setParameter("last", last);
        }
        for (Object[] r : q.getResultList()) {
            out.put((Long) r[0], (BigDecimal) r[1]);
        }
        return out;
    }

    private static Map<Long, BigDecimal> credited(EntityManager em, String when, LocalDate first, LocalDate last) {
        Map<Long, BigDecimal> out = new HashMap<>();
        javax.persistence.TypedQuery<Object[]> q = em.createQuery("select c.creditOf, sum(c.total) from InvoiceEntity c"
                + " where c.creditOf is not null and c.state = :issued and " + when + " group by c.creditOf",
                Object[].class).setParameter("issued", InvoiceState.ISSUED).setParameter("first", first);
        if (when.contains(":last")) {
            q.setParameter("last", last);
        }
        for (Object[] r : q.getResultList()) {
            out.put((Long) r[0], ((BigDecimal) r[1]).negate());
        }
        return out;
    }
}
