package org.neiqin.expenses.internal.advances;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.api.money.CompanyCurrency;
import org.neiqin.api.money.Money;
import org.neiqin.api.numbering.NumberingService;
import org.neiqin.api.review.Review;
import org.neiqin.api.review.ReviewService;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.expenses.internal.ExpenseSettings;
import org.neiqin.expenses.internal.ExpensesModule;
import org.neiqin.expenses.internal.ExpensesStore;
import org.neiqin.expenses.internal.claims.ClaimFlow;
import org.neiqin.expenses.internal.claims.ClaimReader;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.review.ReviewRef;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Advances (备用金): the borrower asks, the manager approves ({@code expenses.advance}), finance pays, and at the end
 * finance settles it by the approved claims that name it: the rest comes back or the overspend is paid out. By default
 * nobody borrows again while an advance of theirs is open (前款不清后款不借).
 */
@Component(service = AdvanceService.class)
public class AdvanceService {
    private static final String OPENED = org.neiqin.api.expenses.ExpensesEvents.ADVANCE_OPENED;
    private static final String SETTLED = org.neiqin.api.expenses.ExpensesEvents.ADVANCE_SETTLED;

    private final ExpensesStore store;
    private final SecurityService security;
    private final NumberingService numbering;
    private final ReviewService reviews;
    private final ExpenseSettings settings;
    private final CompanyCurrency currency;
    private final ClaimFlow claims;
    private final ClaimReader reader;
    @Reference
    private org.neiqin.api.people.PeopleDirectory people;

    @Activate
    public AdvanceService(@Reference ExpensesStore store, @Reference SecurityService security,
            @Reference NumberingService numbering, @Reference ReviewService reviews, @Reference ExpenseSettings settings,
            @Reference CompanyCurrency currency, @Reference ClaimFlow claims, @Reference ClaimReader reader) {
        this.store = store;
        this.security = security;
        this.numbering = numbering;
        this.reviews = reviews;
        this.settings = settings;
        this.currency = currency;
        this.claims = claims;
        this.reader = reader;
    }

    public String currency() {
        return currency.code();
    }

    /** Asks for an advance of the caller's own; it goes to the manager's review at once. */
    public AdvanceView request(AdvanceData data) {
        Actor actor = security.require(ExpensesModule.CLAIM_OWN);
        List<FieldError> errors = new ArrayList<>(Forms.check(data));
        errors.addAll(Forms.inCurrency(data, currency.code()));
        if (data.kind() == AdvanceKind.TRIP && (data.tripFrom() == null || data.tripTo() == null)) {
            errors.add(new FieldError("tripFrom", "required", Text.of("expenses.advance.trip",
                    "a trip advance names the trip's first and last day")));
        } else if (data.kind() == AdvanceKind.TRIP && data.tripTo().isBefore(data.tripFrom())) {
            errors.add(new FieldError("tripTo", "order", Text.of("expenses.advance.tripOrder",
                    "the trip ends on {0}, before it starts on {1}", data.tripTo(), data.tripFrom())));
        }
        if (data.kind() == AdvanceKind.FLOAT && (data.tripFrom() != null || data.tripTo() != null)) {
            errors.add(new FieldError("tripFrom", "float", Text.of("expenses.advance.floatTrip",
                    "the monthly float is for no trip: leave the trip's days out")));
        }
        Forms.require(errors);
        return store.write(em -> {
            if (settings.oneOpenAdvance()) {
                List<String> open = em.createQuery("select a.code from AdvanceEntity a where a.borrower = :b and a.state in"
                        + " (:s1, :s2, :s3)", String.class).setParameter("b", actor.name())
                        .setParameter("s1", AdvanceState.REQUESTED).setParameter("s2", AdvanceState.APPROVED)
                        .setParameter("s3", AdvanceState.PAID).getResultList();
                if (!open.isEmpty()) {
                    throw new ConflictException("openAdvance", Text.of("expenses.advance.open",
                            "advance {0} is not settled yet: settle it before borrowing again", open.get(0)));
                }
            }
            AdvanceEntity e = new AdvanceEntity();
            e.code = numbering.next(ExpensesModule.ADVANCE, store.today(), Map.of());
            e.state = AdvanceState.REQUESTED;
            e.borrower = actor.name();
            e.kind = data.kind();
            e.purpose = data.purpose().trim();
            e.tripFrom = data.tripFrom();
            e.tripTo = data.tripTo();
            e.currency = currency.code();
            e.amount = data.amount().amount();
            e.note = Forms.trimmed(data.note());
            store.create(em, e, actor);
            store.audit(em, ExpensesModule.ADVANCE, e.id, AuditAction.CREATE, null, Forms.filled(data));
            ReviewRef.of(ExpensesModule.REVIEW_ADVANCE, e.id).submit(reviews, Text.of("expenses.advance.review",
                    "Advance {0} for {1}: {2}", e.code, people.person(e.borrower).name(), e.purpose), Money.of(e.amount, e.currency));
            return view(em, e);
        });
    }

    /** The manager approved: finance may pay it. The borrower never approves their own advance. */
    public void approved(Review review) {
        store.run(em -> {
            Actor actor = security.currentActor().orElse(Actor.SYSTEM);
            AdvanceEntity e = Store.find(em, AdvanceEntity.class, ReviewRef.of(review).record(), "advance");
            requireNotBorrower(review, e);
            store.move(em, ExpensesModule.ADVANCE, e, AdvanceState.APPROVED, actor, null);
        });
    }

    public void rejected(Review review) {
        store.run(em -> {
            Actor actor = security.currentActor().orElse(Actor.SYSTEM);
            AdvanceEntity e = Store.find(em, AdvanceEntity.class, ReviewRef.of(review).record(), "advance");
            store.move(em, ExpensesModule.ADVANCE, e, AdvanceState.REJECTED, actor, ReviewRef.reason(review));
        });
    }

    private static void requireNotBorrower(Review review, AdvanceEntity e) {
        org.neiqin.expenses.internal.Owners.requireOtherDecided(review, e.borrower, e.code);
    }

    /** Finance pays the approved advance; it is due to be settled by the month's end (float) or after the trip. */
    public AdvanceView pay(long id, int version) {
        Actor actor = security.require(ExpensesModule.PAY);
        return store.write(em -> {
            AdvanceEntity e = Store.load(em, AdvanceEntity.class, id, version, "advance");
            org.neiqin.expenses.internal.Owners.requireOtherPays(actor, e.borrower, e.code);
            LocalDate today = store.today();
            e.paidOn = today;
            e.dueOn = e.kind == AdvanceKind.FLOAT ? today.with(TemporalAdjusters.lastDayOfMonth())
                    : e.tripTo.plus(settings.settleTripWithin());
            store.move(em, ExpensesModule.ADVANCE, e, AdvanceState.PAID, actor, null, Map.of("paidOn", today.toString(),
                    "dueOn", e.dueOn.toString()));
            store.event(OPENED, actor).with("id", e.id).with("code", e.code).with("borrower", e.borrower)
                    .with("amount", e.amount.toPlainString()).publish();
            em.flush();
            return view(em, e);
        });
    }

    /**
     * Finance settles the advance by its approved claims: the claims are paid by it, what was not spent is returned
     * and what was overspent is paid out. A claim of it still on its way holds the settlement back.
     */
    public AdvanceView settle(long id, int version) {
        Actor actor = security.require(ExpensesModule.PAY);
        return store.write(em -> {
            AdvanceEntity e = Store.load(em, AdvanceEntity.class, id, version, "advance");
            org.neiqin.expenses.internal.Owners.requireOtherPays(actor, e.borrower, e.code);
            e.transitions().require(e.state, AdvanceState.SETTLED, e.code);
            List<String> waiting = claims.waitingOn(em, e.id);
            if (!waiting.isEmpty()) {
                throw new ConflictException("claimsWaiting", Text.of("expenses.advance.waiting",
                        "claim {0} of advance {1} is still on its way: settle once it is approved or withdrawn",
                        waiting.get(0), e.code));
            }
            BigDecimal claimed = claims.settleWith(em, e.id, e.code, actor);
            BigDecimal balance = e.amount.subtract(claimed);
            e.returned = balance.signum() > 0 ? balance : BigDecimal.ZERO;
            e.paidOut = balance.signum() < 0 ? balance.negate() : BigDecimal.ZERO;
            e.settledOn = store.today();
            store.move(em, ExpensesModule.ADVANCE, e, AdvanceState.SETTLED, actor, null, Map.of("claimed",
                    claimed.toPlainString(), "returned", e.returned.toPlainString(), "paidOut", e.paidOut.toPlainString()));
            store.event(SETTLED, actor).with("id", e.id).with("code", e.code).with("borrower", e.borrower)
                    .with("amount", e.amount.toPlainString()).publish();
            em.flush();
            return view(em, e);
        });
    }

    public AdvanceView get(long id) {
        Actor actor = security.require(ExpensesModule.READ);
        return store.read(em -> {
            AdvanceEntity e = Store.find(em, AdvanceEntity.class, id, "advance");
            reader.requireVisible(actor, e.borrower, e.code);
            return view(em, e);
        });
    }

    /** @return the advances (one's own, or everyone's for those who see all), open ones first, newest first */
    public List<AdvanceView> list(boolean openOnly) {
        Actor actor = security.require(ExpensesModule.READ);
        boolean all = reader.seesAll(actor);
        String where = (all ? "a.borrower <> :me or " : "") + "a.borrower = :me";
        return store.read(em -> em.createQuery("select a from AdvanceEntity a where (" + where + ")"
                + (openOnly ? " and a.state in ('REQUESTED', 'APPROVED', 'PAID')" : "") + " order by a.id desc",
                AdvanceEntity.class).setParameter("me", actor.name()).setMaxResults(500)
                .getResultList().stream().map(a -> view(em, a)).toList());
    }

    public List<AuditEntry> history(long id) {
        get(id);
        return store.history(ExpensesModule.ADVANCE, id);
    }

    private AdvanceView view(EntityManager em, AdvanceEntity e) {
        List<AdvanceView.Claim> linked = claims.linked(em, e.id);
        BigDecimal claimed = linked.stream().filter(c -> c.state().equals("APPROVED") || c.state().equals("PAID"))
                .map(c -> c.total().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        Money paid = Money.of(e.state == AdvanceState.PAID || e.state == AdvanceState.SETTLED ? e.amount
                : BigDecimal.ZERO, e.currency);
        boolean overdue = e.state == AdvanceState.PAID && e.dueOn != null && store.today().isAfter(e.dueOn);
        Money balance = paid.minus(Money.of(claimed, e.currency));
        return new AdvanceView(e.id, e.code, e.version, e.state, e.borrower, new AdvanceData(e.kind, e.purpose,
                Money.of(e.amount, e.currency), e.tripFrom, e.tripTo, e.note), e.paidOn, e.dueOn,
                Money.of(claimed, e.currency), balance, AdvanceView.settlement(e.state, balance),
                e.returned == null ? null : Money.of(e.returned, e.currency),
                e.paidOut == null ? null : Money.of(e.paidOut, e.currency), e.settledOn, overdue, linked,
                e.stamps.updatedAt(), e.stamps.updatedBy());
    }
}
