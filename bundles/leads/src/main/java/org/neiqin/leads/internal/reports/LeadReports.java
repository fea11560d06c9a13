package org.neiqin.leads.internal.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.neiqin.api.security.SecurityService;
import org.neiqin.leads.internal.LeadsModule;
import org.neiqin.leads.internal.LeadsStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The leads' figures over the leads made in a span of days: how many by source, region and stage, how many were won
 * and how long that took, how quickly each salesperson first called, why leads were lost and to whom. Counted in the
 * database by groups, not read lead by lead.
 */
@Component(service = LeadReports.class)
public class LeadReports {
    private final LeadsStore store;
    private final SecurityService security;

    @Activate
    public LeadReports(@Reference LeadsStore store, @Reference SecurityService security) {
        this.store = store;
        this.security = security;
    }

    /** One group: how many leads, how many won, how many lost. */
    public record Group(String key, long leads, long won, long lost) {
        public double conversion() {
            return leads == 0 ? 0 : (double) won / leads;
        }
    }

    /** One salesperson's response: leads given, first called, the mean and the longest hours to the first call. */
    public record Response(String owner, long leads, long called, double meanHours, double maxHours) {
    }

    /** The report of the leads made from {@code from} to {@code to}. */
    public record Report(LocalDate from, LocalDate to, long leads, long won, long lost, double meanDaysToWin,
            List<Group> bySource, List<Group> byRegion, Map<String, Long> byStage, List<Response> response,
            List<Group> lostReasons, List<Group> competitors) {
        public double conversion() {
            return leads == 0 ? 0 : (double) won / leads;
        }
    }

    public Report report(LocalDate from, LocalDate to) {
        security.require(LeadsModule.ASSIGN);
        Instant start = store.clock().startOf(from);
        Instant end = store.clock().startOf(to.plusDays(1));
        return store.read(em -> {
            List<Group> bySource = groups(em, "l.source", start, end);
            List<Group> byRegion = groups(em, "coalesce(l.region, '')", start, end);
            Map<String, Long> byStage = new LinkedHashMap<>();
            for (Object[] r : em.createQuery("select l.stage, count(l) from LeadEntity l where l.stamps.createdAt >= :s"
                    + " and l.stamps.createdAt < :e group by l.stage", Object[].class).setParameter("s", start)
                    .setParameter("e", end).getResultList()) {
                byStage.put(String.valueOf(r[0]), (Long) r[1]);
            }
            long leads = bySource.stream().mapToLong(Group::leads).sum();
            long won = bySource.stream().mapToLong(Group::won).sum();
            long lost = bySource.stream().mapToLong(Group::lost).sum();
            Object[] wins = em.createQuery("select count(l), sum(l.daysToClose) from LeadEntity l where l.stage ="
                    + " 'WON' and l.stamps.createdAt >= :s and l.stamps.createdAt < :e", Object[].class)
                    .setParameter("s", start).setParameter("e", end).getSingleResult();
            long winCount = number(wins[0]);
            double meanDays = winCount == 0 ? 0 : (double) number(wins[1]) / winCount;
            return new Report(from, to, leads, won, lost, meanDays, bySource, byRegion,
                    byStage, response(em, start, end), reasons(em, "l.lostReason", start, end),
                    reasons(em, "l.competitor", start, end));
        });
    }

    private static List<Group> groups(EntityManager em, String key, Instant start, Instant end) {
        List<Group> out = new ArrayList<>();
        for (Object[] r : em.createQuery("select " + key + ", count(l), sum(case when l.stage = 'WON' then 1 else 0"
                + " end), sum(case when l.stage = 'LOST' then 1 else 0 end) from LeadEntity l where l.stamps.createdAt"
                + " >= :s and l.stamps.createdAt < :e group by " + key + " order by count(l) desc", Object[].class)
                .setParameter("s", start).setParameter("e", end).getResultList()) {
            out.add(new Group(String.valueOf(r[0]), (Long) r[1], number(r[2]), number(r[3])));
        }
        return out;
    }

    private static List<Group> reasons(EntityManager em, String key, Instant start, Instant end) {
        List<Group> out = new ArrayList<>();
        for (Object[] r : em.createQuery("select " + key + ", count(l) from LeadEntity l where l.stage = 'LOST' and "
                + key + " is not null and l.stamps.createdAt >= :s and l.stamps.createdAt < :e group by " + key
                + " order by count(l) desc", Object[].class).setParameter("s", start).setParameter("e", end)
                .setMaxResults(20).getResultList()) {
            out.add(new Group(String.valueOf(r[0]), (Long) r[1], 0, (Long) r[1]));
        }
        return out;
    }

    private static List<Response> response(EntityManager em, Instant start, Instant end) {
        List<Response> out = new ArrayList<>();
        for (Object[] r : em.createQuery("select l.owner, count(l), count(l.responseMinutes), sum(l.responseMinutes),"
                + " max(l.responseMinutes) from LeadEntity l where l.owner is not null and l.stamps.createdAt >= :s and"
                + " l.stamps.createdAt < :e group by l.owner order by l.owner", Object[].class).setParameter("s", start)
                .setParameter("e", end).getResultList()) {
            long called = number(r[2]);
            out.add(new Response((String) r[0], number(r[1]), called, called == 0 ? 0 : number(r[3]) / 60.0 / called,
                    number(r[4]) / 60.0));
        }
        return out;
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
