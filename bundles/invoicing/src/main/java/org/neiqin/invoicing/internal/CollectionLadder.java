package org.neiqin.invoicing.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.crm.CustomerDirectory;
import org.neiqin.api.error.Text;
import org.neiqin.api.mail.Mail;
import org.neiqin.api.mail.MailException;
import org.neiqin.api.mail.Mailer;
import org.neiqin.api.security.Actor;
import org.neiqin.api.work.ScheduledWork;
import org.neiqin.invoicing.internal.CollectionStepEntity.MailState;
import org.neiqin.invoicing.internal.Ladder.Step;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The collection ladder as scheduled work ({@code invoicing.collection}, every ten minutes, once across the nodes):
 * records each step an unpaid invoice has reached on the company's day, once (a unique key per invoice and step), on
 * the invoice's history, then mails what the steps send and records each sending; a mail not sent is shown with why
 * and tried again on the next run ({@link LadderStop} puts the customer on credit stop from the step configured).
 */
@Component(service = {ScheduledWork.class, CollectionLadder.class})
public class CollectionLadder implements ScheduledWork {
    public static final String NAME = "invoicing.collection";
    /** Event: an invoice reached a step of the ladder ({@code id}, {@code number}, {@code step}, {@code customerId}). */
    public static final String STEP_REACHED = org.neiqin.api.invoicing.InvoicingEvents.STEP_REACHED;

    private final InvoicingStore store;
    private final InvoicingSettings settings;
    private final Mailer mailer;
    private final CustomerDirectory customers;
    private final org.neiqin.api.security.SecurityService security;

    @Activate
    public CollectionLadder(@Reference InvoicingStore store, @Reference InvoicingSettings settings,
            @Reference Mailer mailer, @Reference CustomerDirectory customers,
            @Reference org.neiqin.api.security.SecurityService security) {
        this.store = store;
        this.settings = settings;
        this.mailer = mailer;
        this.customers = customers;
        this.security = security;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Text title() {
        return Text.of("invoicing.work.collection", "Collection ladder: steps reached by unpaid invoices, and their mail");
    }

    @Override
    public Duration every() {
        return Duration.ofMinutes(10);
    }

    @Override
    public String run(LocalDate today) {
        int reached = reach(today);
        int[] mailed = mail(today);
        return reached + " steps reached, " + mailed[0] + " mails sent, " + mailed[1] + " not sent";
    }

    /** Records the steps reached by today and not yet recorded. @return how many */
    int reach(LocalDate today) {
        Ladder ladder = settings.ladder();
        return store.write(em -> {
            // the open amount kept on the invoice finds the candidates; what is owed is then read from the rows
            List<InvoiceEntity> due = em.createQuery("select i from InvoiceEntity i where i.state = :issued and"
                    + " i.openAmount > 0 and i.creditOf is null and i.dueDate < :today and (select count(s) from"
                    + " CollectionStepEntity s where s.invoiceId = i.id) < :steps order by i.dueDate, i.id",
                    InvoiceEntity.class)
                    .setParameter("issued", InvoiceState.ISSUED).setParameter("today", today)
                    .setParameter("steps", (long) Step.values().length).getResultList();
            if (due.isEmpty()) {
                return 0;
            }
            Map<Long, BigDecimal> owing = Owing.left(em, due);
            Map<Long, Set<Step>> done = recorded(em, due);
            int made = 0;
            for (InvoiceEntity i : due) {
                BigDecimal left = owing.get(i.id);
                if (left.signum() <= 0) {
                    continue;
                }
                for (Step step : ladder.reached(i.dueDate, today)) {
                    if (done.getOrDefault(i.id, Set.of()).contains(step)) {
                        continue;
                    }
                    store.persist(em, step(i, step, left, today));
                    store.audit(em, InvoicingModule.ENTITY, i.id, AuditAction.UPDATE, null, Map.of("collectionStep",
                            step.name(), "reachedOn", today.toString(), "outstanding", left.toPlainString()));
                    store.event(STEP_REACHED, Actor.SYSTEM).with("id", i.id).with("number", i.number)
                            .with("step", step.name()).with("customerId", i.customerId).publish();
                    made++;
                }
            }
            return made;
        });
    }

    private static Map<Long, Set<Step>> recorded(EntityManager em, List<InvoiceEntity> invoices) {
        Map<Long, Set<Step>> out = new HashMap<>();
        List<Long> ids = invoices.stream().map(i -> i.id).toList();
        for (int from = 0; from < ids.size(); from += 1000) {
            for (Object[] r : em.createQuery("select s.invoiceId, s.step from CollectionStepEntity s where s.invoiceId in"
                    + " :ids", Object[].class).setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .getResultList()) {
                out.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((Step) r[1]);
            }
        }
        return out;
    }

    private CollectionStepEntity step(InvoiceEntity i, Step step, BigDecimal left, LocalDate today) {
        CollectionStepEntity s = new CollectionStepEntity();
        s.invoiceId = i.id;
        s.invoiceNumber = i.number;
        s.customerId = i.customerId;
        s.customerName = i.customerName;
        s.salesperson = i.salesperson;
        s.step = step;
        s.dueDate = i.dueDate;
        s.reachedOn = today;
        s.currency = i.currency;
        s.owed = left;
        s.createdAt = store.now();
        s.mailState = MailState.NONE;
        if (step == Step.REMIND) {
            Optional<String> to = mailer.addressOf(i.salesperson);
            s.mailTo = to.orElse(null);
            s.mailState = to.isPresent() ? MailState.PENDING : MailState.NONE;
            s.mailError = to.isPresent() ? null : "no address for " + i.salesperson
                    + " (login.email in etc/org.neiqin.people.cfg): remind by hand";
        } else if (step == Step.LETTER) {
            Optional<String> to = customers.mailAddress(i.customerId);
            s.mailTo = to.orElse(null);
            s.mailState = to.isPresent() ? MailState.PENDING : MailState.NONE;
            s.mailError = to.isPresent() ? null : "the customer file has no e-mail: send the letter by post";
        }
        return s;
    }

    /**
     * Sends the mails due, each recorded on its step; with no mail server configured they wait (the board says so).
     *
     * @return {sent, not sent}
     */
    int[] mail(LocalDate today) {
        if (!mailer.configured()) {
            return new int[] {0, 0};
        }
        List<Long> pending = store.read(em -> em.createQuery("select s.id from CollectionStepEntity s where s.mailState in"
                + " :states and s.doneAt is null order by s.id", Long.class)
                .setParameter("states", List.of(MailState.PENDING, MailState.FAILED)).getResultList());
        int sent = 0;
        int failed = 0;
        for (long id : pending) {
            Optional<Mail> mail = store.read(em -> compose(em, em.find(CollectionStepEntity.class, id), today));
            if (mail.isEmpty()) {
                continue;
            }
            String error = null;
            try {
                mailer.send(mail.get());
                sent++;
            } catch (MailException e) {
                error = e.getMessage();
                failed++;
            }
            String why = error;
            store.run(em -> {
                CollectionStepEntity s = em.find(CollectionStepEntity.class, id);
                Map<String, Object> before = Map.of("mailState", s.mailState.name());
                s.mailTries++;
                if (why == null) {
                    s.mailState = MailState.SENT;
                    s.mailedAt = store.now();
                    s.mailError = null;
                    s.doneBy = Actor.SYSTEM.name();
                    s.doneAt = s.mailedAt;
                } else {
                    s.mailState = MailState.FAILED;
                    s.mailError = why.length() > 1000 ? why.substring(0, 1000) : why;
                }
                if (!before.get("mailState").equals(s.mailState.name())) {
                    // the history says when a mail went, or first failed; not every retry
                    store.audit(em, InvoicingModule.ENTITY, s.invoiceId, AuditAction.UPDATE, before, Map.of(
                            "collectionStep", s.step.name(), "mailState", s.mailState.name(), "mailTo", s.mailTo));
                }
            });
        }
        return new int[] {sent, failed};
    }

    /**
     * @return the letter of a LETTER step and the statement it carries, as it would be mailed today (its print view);
     *         none when the invoice has been paid since
     */
    public Optional<Letter> letter(long stepId) {
        security.require(InvoicingModule.COLLECT);
        LocalDate today = store.today();
        return store.read(em -> {
            CollectionStepEntity s = org.neiqin.kit.store.Store.find(em, CollectionStepEntity.class, stepId,
                    "collection step");
            if (s.step != Step.LETTER) {
                return Optional.<Letter>empty();
            }
            return compose(em, s, today).map(m -> new Letter(m, Statements.build(em, s.customerId, s.customerName,
                    s.currency, statementStart(em, s.customerId, today), today)));
        });
    }

    /** An overdue letter and the statement attached to it. */
    public record Letter(Mail mail, Statement statement) {
    }

    /** @return the step's mail, or none when the invoice has been paid since (then the step is closed as such) */
    private Optional<Mail> compose(EntityManager em, CollectionStepEntity s, LocalDate today) {
        InvoiceEntity i = em.find(InvoiceEntity.class, s.invoiceId);
        BigDecimal left = Owing.left(em, List.of(i)).get(i.id);
        if (left.signum() <= 0) {
            return Optional.empty();
        }
        org.neiqin.api.money.Money owed = org.neiqin.api.money.Money.of(left, s.currency);
        if (s.step == Step.REMIND) {
            return Optional.of(CollectionLetters.reminder(s, owed, s.mailTo));
        }
        LocalDate from = statementStart(em, s.customerId, today);
        return Optional.of(CollectionLetters.letter(s, owed, Statements.build(em, s.customerId, s.customerName,
                i.currency, from, today), s.mailTo, today));
    }

    /** @return the first day of the month of the customer's oldest unpaid invoice: where the letter's statement starts */
    static LocalDate statementStart(EntityManager em, long customerId, LocalDate today) {
        List<InvoiceEntity> issued = em.createQuery("select i from InvoiceEntity i where i.customerId = :c and i.state ="
                + " :issued and i.creditOf is null order by i.issuedOn, i.id", InvoiceEntity.class)
                .setParameter("c", customerId).setParameter("issued", InvoiceState.ISSUED).getResultList();
        Map<Long, BigDecimal> owing = Owing.left(em, issued);
        for (InvoiceEntity i : issued) {
            if (owing.get(i.id).signum() > 0) {
                return i.issuedOn.withDayOfMonth(1);
            }
        }
        return today.withDayOfMonth(1);
    }
}
