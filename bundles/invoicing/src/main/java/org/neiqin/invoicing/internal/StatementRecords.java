package org.neiqin.invoicing.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.neiqin.api.crm.CustomerDirectory;
import org.neiqin.api.crm.CustomerSummary;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.mail.Mail;
import org.neiqin.api.mail.MailException;
import org.neiqin.api.mail.Mailer;
import org.neiqin.api.money.CompanyCurrency;
import org.neiqin.api.money.Money;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Month-end reconciliation (对账): the office prepares a customer's statement of a period (its figures frozen), finance
 * agrees them first (not whoever prepared it), the office sends it to the customer (mailed with the statement attached,
 * or by post, fax or hand), and records the signed copy coming back (回传) or the entries the customer disputes. A
 * monthly-settlement customer's invoice request waits for a statement signed back (客户回传后开票申请).
 */
@Component(service = StatementRecords.class)
public class StatementRecords {
    /** Audit entity of a statement of account. */
    public static final String ENTITY = "invoicing.statement";

    private final InvoicingStore store;
    private final SecurityService security;
    private final CompanyCurrency currency;
    private final CustomerDirectory customers;
    private final Mailer mailer;

    @Activate
    public StatementRecords(@Reference InvoicingStore store, @Reference SecurityService security,
            @Reference CompanyCurrency currency, @Reference CustomerDirectory customers, @Reference Mailer mailer) {
        this.store = store;
        this.security = security;
        this.currency = currency;
        this.customers = customers;
        this.mailer = mailer;
    }

    /** Prepares a statement of the period, its figures as the account gives them now. */
    public StatementRecordView prepare(StatementRequest data) {
        Actor actor = security.require(InvoicingModule.WRITE);
        if (data == null) {
            throw new ValidationException("body", "required", Text.of("invoicing.statement.required",
                    "the statement's customer and period are required"));
        }
        List<FieldError> errors = new java.util.ArrayList<>(Forms.check(data));
        CustomerSummary customer = data.customerId() == null ? null : customers.find(data.customerId()).orElse(null);
        if (data.customerId() != null && customer == null) {
            errors.add(new FieldError("customerId", "unknown", Text.of("invoicing.receipt.customer",
                    "there is no customer {0}", data.customerId())));
        }
        if (data.from() != null && data.to() != null && data.from().isAfter(data.to())) {
            errors.add(new FieldError("to", "range", Text.of("invoicing.statement.range",
                    "a statement runs from a day to the same day or a later one")));
        }
        if (data.to() != null && data.to().isAfter(store.today())) {
            errors.add(new FieldError("to", "range", Text.of("invoicing.statement.future",
                    "a statement ends today ({0}) at the latest", store.today())));
        }
        Forms.require(errors);
        return store.write(em -> {
            Statement s = Statements.build(em, customer.id(), customer.fullName(), currency.code(), data.from(), data.to());
            StatementEntity e = new StatementEntity();
            e.state = StatementState.PREPARED;
            e.customerId = customer.id();
            e.customerName = customer.fullName();
            e.periodFrom = data.from();
            e.periodTo = data.to();
            e.currency = currency.code();
            freeze(e, s);
            e.note = data.note() == null || data.note().isBlank() ? null : data.note().trim();
            store.create(em, e, actor);
            store.audit(em, ENTITY, e.id, org.neiqin.api.audit.AuditAction.CREATE, null, Map.of("customerName",
                    e.customerName, "periodFrom", e.periodFrom.toString(), "periodTo", e.periodTo.toString(), "closing",
                    Money.of(e.closing, e.currency).toString()));
            em.flush(); // the version this write gives is the one the client sends next
            return view(em, e);
        });
    }

    private static void freeze(StatementEntity e, Statement s) {
        e.opening = s.opening().amount();
        e.invoiced = s.invoiced().amount();
        e.credited = s.credited().amount();
        e.received = s.received().amount();
        e.closing = s.closing().amount();
    }

    /** Finance agrees the figures (先和财务对); not the person who prepared the statement. */
    public StatementRecordView agree(long id, int version) {
        Actor actor = security.require(InvoicingModule.RECEIVE);
        return store.write(em -> {
            StatementEntity e = Store.load(em, StatementEntity.class, id, version, "statement");
            if (actor.name().equals(e.stamps.createdBy())) {
                throw new ConflictException("fourEyes", Text.of("invoicing.statement.fourEyes",
                        "{0} was prepared by you: another person in finance agrees its figures", e.reference()));
            }
            unchanged(em, e);
            store.move(em, ENTITY, e, StatementState.AGREED, actor, null);
            e.agreedBy = actor.name();
            e.agreedAt = store.now();
            em.flush(); // the version this write gives is the one the client sends next
            return view(em, e);
        });
    }

    /**
     * Sends an agreed statement: {@code MAIL} mails it now to the customer's address with the statement attached (a
     * mail that cannot go is refused with why, and nothing is recorded); otherwise records how it went.
     */
    public StatementRecordView send(long id, int version, StatementSending data) {
        Actor actor = security.require(InvoicingModule.WRITE);
        Forms.require(Forms.check(data));
        StatementEntity at = store.read(em -> Store.load(em, StatementEntity.class, id, version, "statement"));
        if (at.state != StatementState.AGREED) {
            throw new ConflictException("state", Text.of("invoicing.statement.notAgreed",
                    "{0} is {1}: a statement goes to the customer once finance agreed it", at.reference(), at.state));
        }
        String to = null;
        if (data.how() == StatementEntity.Sent.MAIL) {
            to = customers.mailAddress(at.customerId).orElseThrow(() -> new ConflictException("no-address", Text.of(
                    "invoicing.statement.noAddress", "{0}'s file has no e-mail: send it by post, fax or hand",
                    at.customerName)));
            Statement s = store.read(em -> Statements.build(em, at.customerId, at.customerName, at.currency,
                    at.periodFrom, at.periodTo));
            try {
                mailer.send(new Mail(List.of(to), "货款往来对账单：" + at.customerName + "（" + at.periodFrom + " 至 "
                        + at.periodTo + "）", at.customerName + "：\n\n随函附上 " + at.periodFrom + " 至 " + at.periodTo
                        + " 的货款往来对账单，期末余额 " + s.closing().text() + "。请核对后签字盖章回传；如有不符，请注明不符之处。\n\n"
                        + "— 销售内勤（Neiqin）\n", List.of(new Mail.Attachment("对账单-" + at.periodTo + ".html",
                                "text/html; charset=UTF-8", StatementFile.html(s)))));
            } catch (MailException e) {
                throw new ConflictException("mail", Text.of("invoicing.statement.mail", "{0} was not sent: {1}",
                        at.reference(), e.getMessage()));
            }
        }
        String sentTo = to;
        return store.write(em -> {
            StatementEntity e = Store.load(em, StatementEntity.class, id, version, "statement");
            store.move(em, ENTITY, e, StatementState.SENT, actor, null, Map.of("sentHow", data.how().name()));
            e.sentOn = store.today();
            e.sentHow = data.how();
            e.sentTo = sentTo;
            if (data.note() != null && !data.note().isBlank()) {
                e.note = data.note().trim();
            }
            em.flush(); // the version this write gives is the one the client sends next
            return view(em, e);
        });
    }

    /** The customer's answer: signed back on a day (not before it was sent, not after today), or disputed with why. */
    public StatementRecordView reply(long id, int version, StatementReply data) {
        Actor actor = security.require(InvoicingModule.WRITE);
        Forms.require(Forms.check(data));
        if (data.signedOn().isAfter(store.today())) {
            throw new ValidationException("signedOn", "range", Text.of("invoicing.statement.signedFuture",
                    "the customer's answer came today ({0}) at the latest", store.today()));
        }
        return store.write(em -> {
            StatementEntity e = Store.load(em, StatementEntity.class, id, version, "statement");
            if (e.state != StatementState.SENT) {
                throw new ConflictException("state", Text.of("invoicing.statement.notSent",
                        "{0} is {1}: the customer answers a statement that was sent", e.reference(), e.state));
            }
            if (data.signedOn().isBefore(e.sentOn)) {
                throw new ValidationException("signedOn", "range", Text.of("invoicing.statement.signedEarly",
                        "the customer answered on or after the day it was sent ({0})", e.sentOn));
            }
            boolean disputed = data.dispute() != null && !data.dispute().isBlank();
            store.move(em, ENTITY, e, disputed ? StatementState.DISPUTED : StatementState.SIGNED, actor,
                    disputed ? data.dispute().trim() : null, Map.of("signedOn", data.signedOn().toString()));
            e.signedOn = data.signedOn();
            e.dispute = disputed ? data.dispute().trim() : null;
            em.flush(); // the version this write gives is the one the client sends next
            return view(em, e);
        });
    }

    /** Withdraws a statement not yet sent (figures that changed, a wrong period), with a reason. */
    public StatementRecordView withdraw(long id, int version, String reason) {
        Actor actor = security.require(InvoicingModule.WRITE);
        Forms.require(Forms.check(new InvoiceDrafts.Reason(reason)));
        return store.write(em -> {
            StatementEntity e = Store.load(em, StatementEntity.class, id, version, "statement");
            store.move(em, ENTITY, e, StatementState.WITHDRAWN, actor, reason.trim());
            em.flush(); // the version this write gives is the one the client sends next
            return view(em, e);
        });
    }

    public StatementRecordView get(long id) {
        security.require(InvoicingModule.READ);
        return store.read(em -> view(em, Store.find(em, StatementEntity.class, id, "statement")));
    }

    /** @return the statements, of one customer when given, the latest first (at most {@code limit}) */
    public List<StatementRecordView> list(Long customerId, int limit) {
        security.require(InvoicingModule.READ);
        return store.read(em -> {
            javax.persistence.TypedQuery<StatementEntity> q = customerId == null
                    ? em.createQuery("select s from StatementEntity s order by s.periodTo desc, s.id desc",
                            StatementEntity.class)
                    : em.createQuery("select s from StatementEntity s where s.customerId = :c order by s.periodTo desc,"
                            + " s.id desc", StatementEntity.class).setParameter("c", customerId);
            return q.setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList().stream().map(s -> view(em, s))
                    .toList();
        });
    }

    /** @return how many statements wait: prepared ones for finance to agree, sent ones for the customer's answer */
    public long waiting(StatementState state) {
        security.require(InvoicingModule.READ);
        return store.read(em -> em.createQuery("select count(s) from StatementEntity s where s.state = :s", Long.class)
                .setParameter("s", state).getSingleResult());
    }

    /** @return a statement's changes, oldest first; 404 for a statement that does not exist */
    public List<org.neiqin.api.audit.AuditEntry> history(long id) {
        security.require(InvoicingModule.READ);
        store.read(em -> Store.find(em, StatementEntity.class, id, "statement"));
        return store.history(ENTITY, id);
    }

    /**
     * The rule of monthly settlement (客户回传后开票申请): a request for a customer who settles monthly needs a statement
     * signed back that runs to the end of last month or later.
     *
     * @throws ConflictException 409 {@code statement} when there is none
     */
    static void requireSignedStatement(EntityManager em, long customerId, String customerName, LocalDate today) {
        LocalDate lastMonthEnd = YearMonth.from(today).minusMonths(1).atEndOfMonth();
        Optional<StatementEntity> signed = em.createQuery("select s from StatementEntity s where s.customerId = :c and"
                + " s.state = :signed and s.periodTo >= :end order by s.periodTo desc", StatementEntity.class)
                .setParameter("c", customerId).setParameter("signed", StatementState.SIGNED)
                .setParameter("end", lastMonthEnd).setMaxResults(1).getResultList().stream().findFirst();
        if (signed.isEmpty()) {
            throw new ConflictException("statement", Text.of("invoicing.statement.monthly",
                    "{0} settles monthly: its invoice is requested once it has signed back a statement of account to"
                    + " {1} or later", customerName, lastMonthEnd));
        }
    }

    private StatementRecordView view(EntityManager em, StatementEntity e) {
        boolean changed = false;
        // before it goes out, figures the account no longer gives must not be sent; once sent, it says what the
        // customer saw
        if (e.state == StatementState.PREPARED || e.state == StatementState.AGREED) {
            Statement now = Statements.build(em, e.customerId, e.customerName, e.currency, e.periodFrom, e.periodTo);
            changed = now.closing().amount().compareTo(e.closing) != 0 || now.opening().amount().compareTo(e.opening) != 0
                    || now.invoiced().amount().compareTo(e.invoiced) != 0
                    || now.received().amount().compareTo(e.received) != 0;
        }
        String c = e.currency;
        return new StatementRecordView(e.id, e.reference(), e.version, e.state, e.customerId, e.customerName,
                e.periodFrom, e.periodTo, Money.of(e.opening, c), Money.of(e.invoiced, c), Money.of(e.credited, c),
                Money.of(e.received, c), Money.of(e.closing, c), e.agreedBy, e.agreedAt, e.sentOn, e.sentHow, e.sentTo,
                e.signedOn, e.dispute, e.note, changed, e.stamps.createdBy(), e.stamps.createdAt());
    }

    /** Refuses to agree figures the account no longer gives: the statement is withdrawn and prepared again. */
    private static void unchanged(EntityManager em, StatementEntity e) {
        Statement now = Statements.build(em, e.customerId, e.customerName, e.currency, e.periodFrom, e.periodTo);
        if (now.closing().amount().compareTo(e.closing) != 0 || now.opening().amount().compareTo(e.opening) != 0) {
            throw new ConflictException("changed", Text.of("invoicing.statement.changed",
                    "the account of {0} for the period has changed since {1} was prepared (closing now {2}): withdraw it"
                    + " and prepare it again", e.customerName, e.reference(), now.closing()));
        }
    }
}
