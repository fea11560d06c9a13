package org.neiqin.leads.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.error.Text;
import org.neiqin.api.security.Actor;
import org.neiqin.api.work.ScheduledWork;
import org.neiqin.leads.internal.assign.Assignment;
import org.neiqin.leads.internal.intake.Limits;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The follow-up clock as scheduled work ({@code leads.followUp}, every ten minutes, once across the nodes): on the
 * company's day, a lead not called by its next-contact day is first reminded to its owner, then told to the managers,
 * then put back in the public pool — each step once, in the lead's history; a call resets it. The public intake's
 * counters of days gone by are forgotten too.
 */
@Component(service = {ScheduledWork.class, FollowUpClock.class})
public class FollowUpClock implements ScheduledWork {
    public static final String NAME = "leads.followUp";

    private final LeadsStore store;
    private final LeadSettings settings;
    private final Assignment assignment;
    private final Limits limits;

    @Activate
    public FollowUpClock(@Reference LeadsStore store, @Reference LeadSettings settings,
            @Reference Assignment assignment, @Reference Limits limits) {
        this.store = store;
        this.settings = settings;
        this.assignment = assignment;
        this.limits = limits;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Text title() {
        return Text.of("leads.work.followUp", "Follow-up clock: leads not called in time reminded, told to the managers,"
                + " returned to the pool");
    }

    @Override
    public Duration every() {
        return Duration.ofMinutes(10);
    }

    @Override
    public String run(LocalDate today) {
        LeadSettings.Values v = settings.values();
        int pooled = store.write(em -> {
            List<LeadEntity> late = em.createQuery("select l from LeadEntity l where l.owner is not null and"
                    + " l.stage not in ('WON', 'LOST') and l.nextContactOn <= :d order by l.id", LeadEntity.class)
                    .setParameter("d", today.minusDays(v.poolAfter())).setMaxResults(1000).getResultList();
            for (LeadEntity l : late) {
                assignment.pool(em, l, assignment.notCalled(l.nextContactOn, l.owner), Actor.SYSTEM);
            }
            return late.size();
        });
        int told = step(today.minusDays(v.noticeAfter()), 2, "managersTold", String.join(", ", v.managers()));
        int reminded = step(today.minusDays(v.remindAfter()), 1, "ownerReminded", null);
        limits.forget(store.now().minus(Duration.ofDays(1)).minus(v.window()));
        return reminded + " reminded, " + told + " told to the managers, " + pooled + " back to the pool";
    }

    /** Marks the leads due by {@code by} that have not reached {@code step}; @return how many */
    private int step(LocalDate by, int step, String what, String who) {
        return store.write(em -> {
            List<LeadEntity> due = em.createQuery("select l from LeadEntity l where l.owner is not null and l.stage not"
                    + " in ('WON', 'LOST') and l.nextContactOn <= :d and l.clockStep < :s order by l.id",
                    LeadEntity.class).setParameter("d", by).setParameter("s", step).setMaxResults(1000)
                    .getResultList();
            for (LeadEntity l : due) {
                l.clockStep = step;
                store.audit(em, LeadsModule.LEAD, l.id, AuditAction.UPDATE, null, Map.of(what, who == null ? l.owner
                        : who, "nextContactOn", String.valueOf(l.nextContactOn)));
            }
            return due.size();
        });
    }
}
