package org.neiqin.invoicing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.money.CompanyCurrency;
import org.neiqin.api.money.Money;
import org.neiqin.api.security.SecurityService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The ageing of receivables (应收账款账龄) as of a day: what each customer, salesperson or region owed on invoices that
 * day, in the buckets of days past due. Invoices and credit notes issued after the day and money received after it are
 * not counted. Summed by the database per bucket — issued, less matched receipts, less credit notes (as of today: the
 * open amount each invoice keeps) — so the sum of a row's buckets is what it owed, and the buckets of every row add up
 * to the total.
 */
@Component(service = Ageing.class)
public class Ageing {
    /** What a row of the ageing is. */
    public enum By {
        CUSTOMER, SALESPERSON, REGION
    }

    /**
     * A row: who, what they owed in each bucket, and in all.
     *
     * @param key the customer's id, the salesperson's login or the region's code ("" for none)
     * @param name the customer's name (else the key)
     */
    public record Row(String key, String name, List<Money> buckets, Money total) {
    }

    /**
     * The ageing as of a day.
     *
     * @param buckets the buckets' names, in order
     * @param rows one per customer, salesperson or region owing something, the largest total first
     * @param total the buckets' sums over all rows
     */
    public record Report(LocalDate asOf, By by, List<String> buckets, List<Row> rows, Row total) {
    }

    private final InvoicingStore store;
    private final SecurityService security;
    private final CompanyCurrency currency;
    private final InvoicingSettings settings;

    @Activate
    public Ageing(@Reference InvoicingStore store, @Reference SecurityService security,
            @Reference CompanyCurrency currency, @Reference InvoicingSettings settings) {
        this.store = store;
        this.security = security;
        this.currency = currency;
        this.settings = settings;
    }

    /** @return the ageing as of {@code asOf} (today or earlier), a row per {@code by}, bucket names in {@code zh} or English */
    public Report of(LocalDate asOf, By by, boolean zh) {
        security.require(InvoicingModule.READ);
        if (asOf.isAfter(store.today())) {
            throw new ValidationException("asOf", "range", Text.of("invoicing.ageing.future",
                    "the ageing is read as of today ({0}) or an earlier day", store.today()));
        }
        AgeingBuckets buckets = settings.buckets();
        String cur = currency.code();
        boolean now = !asOf.isBefore(store.today());
        return store.read(em -> {
            Map<String, BigDecimal[]> owed = new TreeMap<>();
            // a customer's name comes with its sums (the name on its invoices)
            Map<String, String> names = new HashMap<>();
            for (int k = 0; k < buckets.size(); k++) {
                LocalDate[] due = buckets.dueDates(k, asOf);
                if (now) {
                    // as of today nothing is dated later: what each invoice has open, kept on it, is what it owes
                    add(owed, names, k, buckets.size(), sums(em, "select " + dim(by) + ", sum(i.openAmount) from InvoiceEntity i"
                            + " where i.openAmount <> 0 and" + INVOICES, by, asOf, due, cur), BigDecimal.ONE);
                    continue;
                }
                add(owed, names, k, buckets.size(), sums(em, "select " + dim(by) + ", sum(i.total) from InvoiceEntity i where"
                        + INVOICES, by, asOf, due, cur), BigDecimal.ONE);
                add(owed, names, k, buckets.size(), sums(em, "select " + dim(by) + ", sum(a.amount) from AllocationEntity a,"
                        + " ReceiptEntity r, InvoiceEntity i where a.receiptId = r.id and a.invoiceId = i.id and"
                        + " r.receivedOn <= :asOf and" + INVOICES, by, asOf, due, cur), BigDecimal.ONE.negate());
                // a credit note's total is negative: added, it takes off what it corrects
                add(owed, names, k, buckets.size(), sums(em, "select " + dim(by) + ", sum(c.total) from InvoiceEntity c,"
                        + " InvoiceEntity i where c.creditOf = i.id and c.state = :issued and c.issuedOn <= :asOf and"
                        + INVOICES, by, asOf, due, cur), BigDecimal.ONE);
            }
            List<Row> rows = new ArrayList<>();
            BigDecimal[] all = zeros(buckets.size());
            for (Map.Entry<String, BigDecimal[]> e : owed.entrySet()) {
                BigDecimal sum = BigDecimal.ZERO;
                for (int k = 0; k < all.length; k++) {
                    sum = sum.add(e.getValue()[k]);
                    all[k] = all[k].add(e.getValue()[k]);
                }
                if (sum.signum() != 0) {
                    rows.add(row(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue(), cur));
                }
            }
            rows.sort(Comparator.comparing((Row r) -> r.total().amount()).reversed().thenComparing(Row::name));
            List<String> labels = new ArrayList<>();
            for (int k = 0; k < buckets.size(); k++) {
                labels.add(buckets.label(k, zh));
            }
            return new Report(asOf, by, labels, rows, row("", zh ? "合计" : "Total", all, cur));
        });
    }

    /** The invoices an ageing counts: issued by the day, not credit notes, in the currency, due in the bucket. */
    private static final String INVOICES = " i.state = :issued and i.creditOf is null and i.issuedOn <= :asOf"
            + " and i.currency = :cur and i.dueDate >= :from and i.dueDate <= :to group by ";

    private static String dim(By by) {
        return switch (by) {
            case CUSTOMER -> "i.customerId, i.customerName";
            case SALESPERSON -> "i.salesperson";
            case REGION -> "i.region";
        };
    }

    private static List<Object[]> sums(EntityManager em, String jpql, By by, LocalDate asOf, LocalDate[] due,
            String cur) {
        TypedQuery<Object[]> q = em.createQuery(jpql + dim(by), Object[].class).setParameter("issued",
                InvoiceState.ISSUED).setParameter("asOf", asOf).setParameter("cur", cur)
                // the open ends of the first and last buckets, as dates no invoice is due beyond
                .setParameter("from", due[0] == null ? LocalDate.of(1900, 1, 1) : due[0])
                .setParameter("to", due[1] == null ? LocalDate.of(9999, 12, 31) : due[1]);
        return q.getResultList();
    }

    private static void add(Map<String, BigDecimal[]> owed, Map<String, String> names, int k, int size,
            List<Object[]> sums, BigDecimal sign) {
        for (Object[] s : sums) {
            String key = s[0] == null ? "" : String.valueOf(s[0]);
            if (s.length == 3) {
                names.putIfAbsent(key, (String) s[1]);
            }
            BigDecimal[] row = owed.computeIfAbsent(key, x -> zeros(size));
            row[k] = row[k].add(((BigDecimal) s[s.length - 1]).multiply(sign));
        }
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] out = new BigDecimal[n];
        java.util.Arrays.fill(out, BigDecimal.ZERO.setScale(2));
        return out;
    }

    private static Row row(String key, String name, BigDecimal[] buckets, String cur) {
        List<Money> money = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (BigDecimal b : buckets) {
            money.add(Money.of(b.setScale(2), cur));
            sum = sum.add(b);
        }
        return new Row(key, name, money, Money.of(sum.setScale(2), cur));
    }

}
