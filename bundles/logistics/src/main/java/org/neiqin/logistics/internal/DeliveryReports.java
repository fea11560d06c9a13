package org.neiqin.logistics.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neiqin.api.money.Money;
import org.neiqin.api.money.CompanyCurrency;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.query.Scopes;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The delivery reports (发货统计): what left per day, week or month, by customer, region, product or
 * carrier, with its value and freight; and the shipments that were late (left after the promised day,
 * or have not left and the day has passed). Summed by the database per day and group; never a copy.
 */
@Component(service = DeliveryReports.class)
public class DeliveryReports {
    /** How ship days are grouped. */
    public enum Period { DAY, WEEK, MONTH }

    /** What the rows are split by besides the period. */
    public enum Dimension { NONE, CUSTOMER, REGION, PRODUCT, CARRIER }

    /**
     * One row: notes whose goods left in {@code period}, of {@code group}.
     *
     * @param period e.g. {@code 2026-12-03}, {@code 2026-W49}, {@code 2026-12}
     * @param group the customer, region, product or carrier ({@code ""} without a dimension)
     * @param notes how many notes
     * @param value the value of their goods (by product: of that product's lines)
     * @param freight the freight paid on them ({@code null} by product: freight is per note)
     */
    public record Row(String period, String group, long notes, Money value, Money freight) {
    }

    /** A shipment late against the day promised to the customer. */
    public record Late(long id, String code, String customerName, String carrierName, LocalDate promisedOn,
            LocalDate shippedOn, long daysLate, NoteState state) {
    }

    /** The most days one report spans. */
    static final int MAX_DAYS = 3 * 366;
    /** The most late shipments a page lists (the count above it is always whole). */
    public static final int MAX_LATE = 1000;

    private final LogisticsStore store;
    private final SecurityService security;

    private final CompanyCurrency currency;

    @Activate
    public DeliveryReports(@Reference LogisticsStore store, @Reference SecurityService security,
            @Reference CompanyCurrency currency) {
        this.currency = currency;
        this.store = store;
        this.security = security;
    }

    /** @return the currency the reports' values and freight are in: the company's */
    public String currency() {
        return currency.code();
    }

    private static void requireSpan(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new ValidationException("to", "order", Text.of("logistics.report.period",
                    "give a period from one date to a later one"));
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new ValidationException("from", "range", Text.of("logistics.report.span",
                    "a report spans at most {0} days", MAX_DAYS));
        }
    }

    private Instant start(LocalDate d) {
        return d.atStartOfDay(store.clock().zone()).toInstant();
    }

    /** @return the notes whose goods left from {@code from} to {@code to} (ship days), summed per period and group */
    public List<Row> deliveries(LocalDate from, LocalDate to, Period period, Dimension by) {
        security.require(LogisticsModule.READ);
        requireSpan(from, to);
        Period per = period == null ? Period.MONTH : period;
        Dimension dim = by == null ? Dimension.NONE : by;
        String day = "year(n.shippedAt), month(n.shippedAt), day(n.shippedAt)";
        String group = switch (dim) {
            case CUSTOMER -> ", n.customerName";
            case REGION -> ", n.region";
            case CARRIER -> ", n.carrierName";
            case PRODUCT -> ", l.product";
            default -> "";
        };
        String jpql = dim == Dimension.PRODUCT
                ? "select " + day + group + ", count(distinct n.id), sum(l.amount), 0 from NoteLineEntity l, NoteEntity n"
                        + " where n.id = l.noteId and l.kind = :goods and"
                : "select " + day + group + ", count(n), sum(n.amount), sum(n.freight) from NoteEntity n where";
        Scopes.Clause scope = Scopes.clause(security.scope(), "n.salesperson", "n.region");
        jpql += " n.state in :left and n.shippedAt >= :from and n.shippedAt < :to and " + scope.jpql() + " group by "
                + day + group;
        String q = jpql;
        Map<String, Map<String, Object[]>> sums = new TreeMap<>();
        store.read(em -> {
            javax.persistence.Query query = Store.bind(em.createQuery(q), scope).setParameter("left", NoteState.LEFT)
                    .setParameter("from", start(from)).setParameter("to", start(to.plusDays(1)));
            if (dim == Dimension.PRODUCT) {
                query.setParameter("goods", LineKind.GOODS);
            }
            for (Object o : query.getResultList()) {
                Object[] r = (Object[]) o;
                int n = r.length;
                LocalDate d = LocalDate.of(((Number) r[0]).intValue(), ((Number) r[1]).intValue(), ((Number) r[2]).intValue());
                String g = dim == Dimension.NONE ? "" : r[3] == null ? "—" : String.valueOf(r[3]);
                Object[] s = sums.computeIfAbsent(label(d, per, store.clock().weekStart()), k -> new TreeMap<>()).computeIfAbsent(g,
                        k -> new Object[] {0L, BigDecimal.ZERO, BigDecimal.ZERO});
                s[0] = (Long) s[0] + ((Number) r[n - 3]).longValue();
                s[1] = ((BigDecimal) s[1]).add(r[n - 2] == null ? BigDecimal.ZERO : (BigDecimal) r[n - 2]);
                s[2] = ((BigDecimal) s[2]).add(r[n - 1] instanceof BigDecimal b ? b : BigDecimal.ZERO);
            }
            return null;
        });
        List<Row> rows = new ArrayList<>();
        sums.forEach((p, groups) -> groups.forEach((g, s) -> rows.add(new Row(p, g, (Long) s[0],
                currency.of((BigDecimal) s[1]), dim == Dimension.PRODUCT ? null : currency.of((BigDecimal) s[2])))));
        return rows;
    }

    /** @return the period a ship day falls in: the day, its ISO week, or its month */
    static String label(LocalDate d, Period p) {
        return label(d, p, java.time.DayOfWeek.MONDAY);
    }

    /**
     * @param weekStart the first day of the company's week (the company clock's): weeks are numbered as
     *        ISO numbers them (the first week has four days or more of the year), from that day
     * @return the period a ship day falls in: the day, its week, or its month
     */
    static String label(LocalDate d, Period p, java.time.DayOfWeek weekStart) {
        java.time.temporal.WeekFields weeks = java.time.temporal.WeekFields.of(weekStart, 4);
        return switch (p) {
            case DAY -> d.toString();
            case WEEK -> String.format("%d-W%02d", d.get(weeks.weekBasedYear()), d.get(weeks.weekOfWeekBasedYear()));
            default -> String.format("%d-%02d", d.getYear(), d.getMonthValue());
        };
    }

    /**
     * @return the shipments promised from {@code from} to {@code to} that were late: left after the
     *         promised day, or not gone and the day has passed; most late first
     */
    public List<Late> late(LocalDate from, LocalDate to) {
        security.require(LogisticsModule.READ);
        requireSpan(from, to);
        LocalDate today = store.today();
        ZoneId zone = store.clock().zone();
        List<Late> out = new ArrayList<>();
        Scopes.Clause scope = Scopes.clause(security.scope(), "n.salesperson", "n.region");
        store.read(em -> {
            // a note that left is late when it left on a later day than promised: at or after the next midnight
            for (Object[] r : Store.bind(em.createQuery("select n.id, n.code, n.customerName, n.carrierName, n.promisedOn,"
                    + " n.shippedAt, n.state from NoteEntity n where n.promisedOn between :from and :to and n.state <>"
                    + " :cancelled and (n.shippedAt is null or n.shippedAt >= :earliest) and " + scope.jpql(),
                    Object[].class), scope)
                    .setParameter("from", from).setParameter("to", to).setParameter("cancelled", NoteState.CANCELLED)
                    .setParameter("earliest", start(from.plusDays(1))).getResultList()) {
                LocalDate promised = (LocalDate) r[4];
                Instant left = (Instant) r[5];
                LocalDate shipped = left == null ? null : LocalDate.ofInstant(left, zone);
                LocalDate until = shipped == null ? today : shipped;
                if (until.isAfter(promised) && (shipped != null || NoteState.WAITING.contains((NoteState) r[6]))) {
                    out.add(new Late((Long) r[0], (String) r[1], (String) r[2], (String) r[3], promised, shipped,
                            java.time.temporal.ChronoUnit.DAYS.between(promised, until), (NoteState) r[6]));
                }
            }
            return null;
        });
        out.sort(java.util.Comparator.comparingLong(Late::daysLate).reversed().thenComparing(Late::code));
        return out;
    }
}
