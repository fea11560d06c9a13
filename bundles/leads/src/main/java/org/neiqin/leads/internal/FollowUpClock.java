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
 * then put back in the public pool — each step once, in the lead's history; a call resets it. The reminder is mailed
 * to the owner and the notice to the managers when a mail server is configured (a mail that cannot be sent is counted
 * in the run's outcome; the home pages show the same leads). The public intake's counters of days gone by are
 * forgotten too.
 */
@Component(service = {ScheduledWork.class, FollowUpClock.class})
public class FollowUpClock implements ScheduledWork {
    public static final String NAME = "leads.followUp";

    private final LeadsStore store;
    private final LeadSettings settings;
    private final Assignment assignment;
    private final Limits limits;
    private final org.neiqin.api.mail.Mailer mailer;

    @Activate
    public FollowUpClock(@Reference LeadsStore store, @Reference LeadSettings settings,
            @Reference Assignment assignment, @Reference Limits limits, @Reference org.neiqin.api.mail.Mailer mailer) {
        this.store = store;
        this.settings = settings;
        this.assignment = assignment;
        this.limits = limits;
        this.mailer = mailer;
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
        List<String> told = step(today.minusDays(v.noticeAfter()), 2, "managersTold", String.join(", ", v.managers()));
        List<String> reminded = step(today.minusDays(v.remindAfter()), 1, "ownerReminded", null);
        limits.forget(store.now().minus(Duration.ofDays(1)).minus(v.window()));
        int[] mailed = {0, 0};
        java.util.Map<String, List<String>> byOwner = new java.util.TreeMap<>();
        for (String line : reminded) {
            byOwner.computeIfAbsent(line.substring(0, line.indexOf('\t')), k -> new java.util.ArrayList<>())
                    .add(line.substring(line.indexOf('\t') + 1));
        }
        byOwner.forEach((owner, leads) -> mail(List.of(owner), "跟进提醒 Leads to call", "以下线索已过约定的联系日期，"
                + "请尽快联系。 These leads are past the day you were to call them:", leads, mailed));
        if (!told.isEmpty()) {
            mail(v.managers(), "未按时跟进的线索 Leads not followed up", "以下线索已过约定的联系日期 " + v.noticeAfter()
                    + " 天。 These leads are " + v.noticeAfter() + " days past their call day:", told.stream()
                    .map(l -> l.replace('\t', ' ')).toList(), mailed);
        }
        return reminded.size() + " reminded, " + told.size() + " told to the managers, " + pooled
                + " back to the pool; " + mailed[0] + " mails sent, " + mailed[1] + " not sent";
    }

    /** Mails the list to whoever of {@code logins} has an address, when a mail server is configured. */
    private void mail(List<String> logins, String subject, String intro, List<String> leads, int[] mailed) {
        List<String> to = logins.stream().map(mailer::addressOf).flatMap(java.util.Optional::stream).toList();
        if (to.isEmpty() || !mailer.configured()) {
            return;
        }
        try {
            mailer.send(new org.neiqin.api.mail.Mail(to, subject, intro + "\n\n" + String.join("\n", leads) + "\n",
                    List.of()));
            mailed[0]++;
        } catch (org.neiqin.api.mail.MailException e) {
            mailed[1]++;
        }
    }

    /**
     * Marks the leads due by {@code by} that have not reached {@code step}.
     *
     * @return each as "owner TAB code company (due day)", for the mail
     */
    private List<String> step(LocalDate by, int step, String what, String who) {
        return store.write(em -> {
            List<LeadEntity> due = em.createQuery("select l from LeadEntity l where l.owner is not null and l.stage not"
                    + " in ('WON', 'LOST') and l.nextContactOn <= :d and l.clockStep < :s order by l.id",
                    LeadEntity.class).setParameter("d", by).setParameter("s", step).setMaxResults(1000)
                    .getResultList();
            List<String> out = new java.util.ArrayList<>();
            for (LeadEntity l : due) {
                l.clockStep = step;
                store.audit(em, LeadsModule.LEAD, l.id, AuditAction.UPDATE, null, Map.of(what, who == null ? l.owner
                        : who, "nextContactOn", String.valueOf(l.nextContactOn)));
                out.add(l.owner + "\t" + l.code + " " + l.company + " (" + l.nextContactOn + ")");
            }
            return out;
        });
    }
}
