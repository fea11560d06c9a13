package org.neiqin.expenses.internal.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.persistence.EntityManager;

import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.api.money.Money;
import org.neiqin.api.review.Review;
import org.neiqin.api.review.ReviewService;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.expenses.internal.ExpensesModule;
import org.neiqin.expenses.internal.ExpensesStore;
import org.neiqin.expenses.internal.advances.AdvanceView;
import org.neiqin.expenses.internal.budgets.BudgetBook;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.review.ReviewRef;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A claim's way after it is submitted: the back office's first check (初审: receipts, standards, arithmetic — the
 * checker is never the claimant), then the manager's approval ({@code expenses.claim}) and, where the claim needs it,
 * the next level up ({@code expenses.claim.higher}): a line over the standard or a warning cap, a total from the
 * higher amount on, the budget short at the moment of approval, or the claimant a manager (whose own claims skip to
 * the next level). Approval commits the budgets, payment spends them.
 */
@Component(service = ClaimFlow.class)
public class ClaimFlow {
    private static final String APPROVED = org.neiqin.api.expenses.ExpensesEvents.CLAIM_APPROVED;
    private static final String PAID = org.neiqin.api.expenses.ExpensesEvents.CLAIM_PAID;
    static final String STAGE_MANAGER = "MANAGER";
    static final String STAGE_HIGHER = "HIGHER";

    private final ExpensesStore store;
    private final SecurityService security;
    private final ReviewService reviews;
    private final BudgetBook budgets;
    @Reference
    private org.neiqin.expenses.internal.reports.SpendMonths months;
    private final org.neiqin.api.people.PeopleDirectory people;

    @Activate
    public ClaimFlow(@Reference ExpensesStore store, @Reference SecurityService security,
            @Reference ReviewService reviews, @Reference BudgetBook budgets,
            @Reference org.neiqin.api.people.PeopleDirectory people) {
        this.people = people;
        this.store = store;
        this.security = security;
        this.reviews = reviews;
        this.budgets = budgets;
    }

    /** The back office checked the claim: it goes to the manager, or straight to the next level for a manager's own. */
    public ClaimView check(long id, int version) {
        Actor actor = security.require(ExpensesModule.CHECK);
        return store.write(em -> {
            ClaimEntity e = Store.load(em, ClaimEntity.class, id, version, "claim");
            requireNotClaimant(actor, e);
            List<Integer> missing = ClaimReceipts.missing(em, e.id);
            if (!missing.isEmpty() && e.state == ClaimState.SUBMITTED) {
                throw new ConflictException("receipts", Text.of("expenses.claim.noReceipt",
                        "{0}: line {1} has no receipt; return the claim or wait for the claimant to attach it", e.code,
                        missing.get(0)));
            }
            e.checkedBy = actor.name();
            boolean skip = reasons(e).contains("manager");
            e.stage = skip ? STAGE_HIGHER : STAGE_MANAGER;
            store.move(em, ExpensesModule.CLAIM, e, ClaimState.CHECKED, actor, null, Map.of("stage", e.stage));
            submitRound(e, skip ? ExpensesModule.REVIEW_CLAIM_HIGHER : ExpensesModule.REVIEW_CLAIM);
            em.flush();
            return ClaimReader.view(em, e);
        });
    }

    /** The back office returns a submitted claim to its claimant with the reason (a receipt missing, a sum wrong). */
    public ClaimView giveBack(long id, int version, String reason) {
        Actor actor = security.require(ExpensesModule.CHECK);
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            Forms.require(List.of(new FieldError("reason", "required", Text.of("expenses.claim.reason",
                    "say in 1 to 500 characters why the claim goes back"))));
        }
        return store.write(em -> {
            ClaimEntity e = Store.load(em, ClaimEntity.class, id, version, "claim");
            requireNotClaimant(actor, e);
            if (e.state != ClaimState.SUBMITTED) {
                throw new ConflictException("state", Text.of("expenses.claim.notSubmitted",
                        "{0} is {1}: the office returns a claim it has not checked yet", e.code, e.state));
            }
            store.move(em, ExpensesModule.CLAIM, e, ClaimState.RETURNED, actor, reason.trim());
            em.flush();
            return ClaimReader.view(em, e);
        });
    }

    private void submitRound(ClaimEntity e, String type) {
        ReviewRef.of(type, e.id).submit(reviews, Text.of("expenses.claim.review", "Claim {0} of {1}: {2}", e.code,
                people.person(e.claimant).name(), e.purpose), Money.of(e.total, e.currency));
    }

    private static void requireNotClaimant(Actor actor, ClaimEntity e) {
        org.neiqin.expenses.internal.Owners.requireOther(actor, e.claimant, e.code);
    }

    private static Set<String> reasons(ClaimEntity e) {
        return e.higher == null || e.higher.isEmpty() ? new LinkedHashSet<>()
                : new LinkedHashSet<>(Arrays.asList(e.higher.split(",")));
    }

    /**
     * An approval reached the claim. The budgets it charges are locked and counted: at the manager's stage a claim
     * the budgets cannot take, or one that needs the next level for another reason, goes on to the next level; else
     * (and always at the next level) it is approved and the budgets committed.
     */
    public void approved(Review review) {
        store.run(em -> {
            Actor actor = security.currentActor().orElse(Actor.SYSTEM);
            ClaimEntity e = Store.find(em, ClaimEntity.class, ReviewRef.of(review).record(), "claim");
            org.neiqin.expenses.internal.Owners.requireOtherDecided(review, e.claimant, e.code);
            Map<Long, BigDecimal> charges = charges(em, e.id);
            List<BudgetBook.Short> shorts = budgets.lockAndCheck(em, charges);
            Set<String> reasons = reasons(e);
            if (!shorts.isEmpty()) {
                reasons.add("budget");
            }
            if (ExpensesModule.REVIEW_CLAIM.equals(review.documentType()) && !reasons.isEmpty()) {
                e.higher = String.join(",", reasons);
                e.stage = STAGE_HIGHER;
                store.touch(e, actor);
                store.audit(em, ExpensesModule.CLAIM, e.id, org.neiqin.api.audit.AuditAction.UPDATE,
                        Map.of("stage", STAGE_MANAGER), Map.of("stage", STAGE_HIGHER, "higher", e.higher));
                submitRound(e, ExpensesModule.REVIEW_CLAIM_HIGHER);
                return;
            }
            budgets.commit(em, charges, e.code);
            months.add(em, spent(em, e));
            e.stage = null;
            store.move(em, ExpensesModule.CLAIM, e, ClaimState.APPROVED, actor, null);
            store.event(APPROVED, actor).with("id", e.id).with("code", e.code).with("claimant", e.claimant)
                    .with("total", e.total.toPlainString()).publish();
        });
    }

    public void rejected(Review review) {
        store.run(em -> {
            Actor actor = security.currentActor().orElse(Actor.SYSTEM);
            ClaimEntity e = Store.find(em, ClaimEntity.class, ReviewRef.of(review).record(), "claim");
            e.stage = null;
            store.move(em, ExpensesModule.CLAIM, e, ClaimState.RETURNED, actor, ReviewRef.reason(review));
        });
    }

    /** Finance pays an approved claim; one that names an advance is paid by settling the advance instead. */
    public ClaimView pay(long id, int version) {
        Actor actor = security.require(ExpensesModule.PAY);
        return store.write(em -> {
            ClaimEntity e = Store.load(em, ClaimEntity.class, id, version, "claim");
            org.neiqin.expenses.internal.Owners.requireOtherPays(actor, e.claimant, e.code);
            if (e.advanceId != null) {
                throw new ConflictException("advance", Text.of("expenses.claim.byAdvance",
                        "{0} settles an advance: it is paid when finance settles the advance", e.code));
            }
            paid(em, e, actor);
            em.flush();
            return ClaimReader.view(em, e);
        });
    }

    private void paid(EntityManager em, ClaimEntity e, Actor actor) {
        e.paidOn = store.today();
        store.move(em, ExpensesModule.CLAIM, e, ClaimState.PAID, actor, null, Map.of("paidOn", e.paidOn.toString()));
        Map<Long, BigDecimal> charges = charges(em, e.id);
        budgets.spend(em, charges, charges, e.code);
        store.event(PAID, actor).with("id", e.id).with("code", e.code).with("claimant", e.claimant)
                .with("total", e.total.toPlainString()).publish();
    }

    /** @return what the claim adds to each month's spending (its lines not of an activity, which counts its own) */
    private static Map<org.neiqin.expenses.internal.reports.SpendMonthKey, BigDecimal> spent(EntityManager em,
            ClaimEntity e) {
        Map<org.neiqin.expenses.internal.reports.SpendMonthKey, BigDecimal> out = new java.util.HashMap<>();
        for (ClaimLineEntity l : ClaimReader.lines(em, e.id)) {
            if (l.applicationId == null) {
                out.merge(new org.neiqin.expenses.internal.reports.SpendMonthKey(l.day, e.claimant, e.region,
                        l.category.name()), l.amount, BigDecimal::add);
            }
        }
        return out;
    }

    /** @return budget id → what the claim's lines charge it */
    private static Map<Long, BigDecimal> charges(EntityManager em, long claimId) {
        Map<Long, BigDecimal> out = new TreeMap<>();
        for (Object[] r : em.createQuery("select l.budgetId, sum(l.amount) from ClaimLineEntity l where l.claimId = :c"
                + " and l.budgetId is not null group by l.budgetId", Object[].class).setParameter("c", claimId)
                .getResultList()) {
            out.put((Long) r[0], (BigDecimal) r[1]);
        }
        return out;
    }

    /** @return the claims of an advance still on their way (submitted, checked, returned) */
    public List<String> waitingOn(EntityManager em, long advanceId) {
        return em.createQuery("select c.code from ClaimEntity c where c.advanceId = :a and c.state in (:s1, :s2, :s3)",
                String.class).setParameter("a", advanceId).setParameter("s1", ClaimState.SUBMITTED)
                .setParameter("s2", ClaimState.CHECKED).setParameter("s3", ClaimState.RETURNED).getResultList();
    }

    /** Pays the advance's approved claims by it. @return what they total */
    public BigDecimal settleWith(EntityManager em, long advanceId, String advance, Actor actor) {
        BigDecimal total = BigDecimal.ZERO;
        for (ClaimEntity c : em.createQuery("select c from ClaimEntity c where c.advanceId = :a and c.state = :s",
                ClaimEntity.class).setParameter("a", advanceId).setParameter("s", ClaimState.APPROVED).getResultList()) {
            paid(em, c, actor);
            total = total.add(c.total);
        }
        return total;
    }

    /** @return the claims that name an advance, oldest first */
    public List<AdvanceView.Claim> linked(EntityManager em, long advanceId) {
        List<AdvanceView.Claim> out = new ArrayList<>();
        for (ClaimEntity c : em.createQuery("select c from ClaimEntity c where c.advanceId = :a and c.state <> :w"
                + " order by c.id", ClaimEntity.class).setParameter("a", advanceId)
                .setParameter("w", ClaimState.WITHDRAWN).getResultList()) {
            out.add(new AdvanceView.Claim(c.id, c.code, c.state.name(), Money.of(c.total, c.currency)));
        }
        return out;
    }
}
