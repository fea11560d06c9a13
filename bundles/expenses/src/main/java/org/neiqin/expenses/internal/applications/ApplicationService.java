package org.neiqin.expenses.internal.applications;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.api.money.CompanyCurrency;
import org.neiqin.api.money.Money;
import org.neiqin.api.numbering.NumberingService;
import org.neiqin.api.people.PeopleDirectory;
import org.neiqin.api.review.Review;
import org.neiqin.api.review.ReviewService;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.expenses.internal.Category;
import org.neiqin.expenses.internal.ExpenseSettings;
import org.neiqin.expenses.internal.ExpensesModule;
import org.neiqin.expenses.internal.ExpensesStore;
import org.neiqin.expenses.internal.budgets.BudgetBook;
import org.neiqin.expenses.internal.claims.ClaimReader;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.review.ReviewRef;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Expense applications (费用申请) for marketing activities: approved before the money is spent (the review
 * {@code expenses.application}, more approvals from a higher amount; the next level when the budget cannot take it at
 * the moment of approval), the estimate committed; verified afterwards ({@link Verification}). One not verified by its
 * day stands out.
 */
@Component(service = ApplicationService.class)
public class ApplicationService {
    private static final String APPROVED = org.neiqin.api.expenses.ExpensesEvents.APPLICATION_APPROVED;

    private final ExpensesStore store;
    private final SecurityService security;
    private final NumberingService numbering;
    private final ReviewService reviews;
    private final ExpenseSettings settings;
    private final CompanyCurrency currency;
    private final BudgetBook budgets;
    private final PeopleDirectory people;
    private final ClaimReader reader;
    @Reference
    private org.neiqin.expenses.internal.reports.SpendMonths months;
    @Reference
    private org.neiqin.expenses.internal.CustomerNames customers;

    @Activate
    public ApplicationService(@Reference ExpensesStore store, @Reference SecurityService security,
            @Reference NumberingService numbering, @Reference ReviewService reviews, @Reference ExpenseSettings settings,
            @Reference CompanyCurrency currency, @Reference BudgetBook budgets, @Reference PeopleDirectory people,
            @Reference ClaimReader reader) {
        this.store = store;
        this.security = security;
        this.numbering = numbering;
        this.reviews = reviews;
        this.settings = settings;
        this.currency = currency;
        this.budgets = budgets;
        this.people = people;
        this.reader = reader;
    }

    public String currency() {
        return currency.code();
    }

    public ApplicationView apply(ApplicationData data) {
        Actor actor = security.require(ExpensesModule.CLAIM_OWN);
        List<FieldError> errors = new ArrayList<>(Forms.check(data));
        errors.addAll(Forms.inCurrency(data, currency.code()));
        if (data.periodFrom() != null && data.periodTo() != null && data.periodTo().isBefore(data.periodFrom())) {
            errors.add(new FieldError("periodTo", "order", Text.of("expenses.application.order",
                    "the activity ends on {0}, before it starts on {1}", data.periodTo(), data.periodFrom())));
        }
        if (data.allowanceRate() != null && (data.allowanceRate().compareTo(BigDecimal.valueOf(100)) > 0)) {
            errors.add(new FieldError("allowanceRate", "range", Text.of("expenses.application.rate",
                    "an allowance is a rate of 0 to 100 (%), not {0}", data.allowanceRate().toPlainString())));
        }
        if (data.allowanceRate() != null && data.customerId() == null) {
            errors.add(new FieldError("customerId", "required", Text.of("expenses.application.allowanceCustomer",
                    "an allowance is given to a customer: name it")));
        }
        String customer = data.customerId() == null ? null : customers.name(data.customerId(), "customerId", errors);
        Forms.require(errors);
        String customerName = customer;
        months.ensure(List.of(new org.neiqin.expenses.internal.reports.SpendMonthKey(data.periodFrom(), actor.name(),
                Forms.trimmed(data.region()), Category.PROMOTION.name())));
        return store.write(em -> {
            Long budget = data.budgetId();
            if (budget != null && em.find(org.neiqin.expenses.internal.budgets.BudgetEntity.class, budget) == null) {
                Forms.require(List.of(new FieldError("budgetId", "unknown", Text.of("expenses.noBudget",
                        "there is no budget {0}", budget))));
            }
            if (budget == null) {
                budget = budgets.budgetFor(em, people.person(actor.name()), Category.PROMOTION, data.periodFrom())
                        .orElse(null);
            }
            ApplicationEntity e = new ApplicationEntity();
            e.code = numbering.next(ExpensesModule.APPLICATION, store.today(), Map.of());
            e.state = ApplicationState.REQUESTED;
            e.applicant = actor.name();
            e.kind = data.kind();
            e.purpose = data.purpose().trim();
            e.region = Forms.trimmed(data.region());
            e.customerId = data.customerId();
            e.customerName = customerName;
            e.budgetId = budget;
            e.currency = currency.code();
            e.estimate = data.estimate().amount();
            e.allowanceRate = data.allowanceRate();
            e.periodFrom = data.periodFrom();
            e.periodTo = data.periodTo();
            e.verifyBy = data.periodTo().plus(settings.verifyWithin());
            e.note = Forms.trimmed(data.note());
            e.higher = "";
            store.create(em, e, actor);
            store.audit(em, ExpensesModule.APPLICATION, e.id, AuditAction.CREATE, null, Forms.filled(data));
            submitRound(e, ExpensesModule.REVIEW_APPLICATION);
            return view(em, e);
        });
    }

    private void submitRound(ApplicationEntity e, String type) {
        ReviewRef.of(type, e.id).submit(reviews, Text.of("expenses.application.review", "Application {0} of {1}: {2}",
                e.code, people.person(e.applicant).name(), e.purpose), Money.of(e.estimate, e.currency));
    }

    /**
     * An approval reached the application: its budget is locked and counted; one the budget cannot take goes on from
     * the manager to the next level, else it is approved and the estimate committed.
     */
    public void approved(Review review) {
        store.run(em -> {
            Actor actor = security.currentActor().orElse(Actor.SYSTEM);
            ApplicationEntity e = Store.find(em, ApplicationEntity.class, ReviewRef.of(review).record(), "application");
            Map<Long, BigDecimal> charge = e.budgetId == null ? Map.of() : Map.of(e.budgetId, e.estimate);
            if (ExpensesModule.REVIEW_APPLICATION.equals(review.documentType())
                    && !budgets.lockAndCheck(em, charge).isEmpty()) {
                e.higher = "budget";
                store.touch(e, actor);
                store.audit(em, ExpensesModule.APPLICATION, e.id, AuditAction.UPDATE, Map.of(), Map.of("higher",
                        "budget"));
                submitRound(e, ExpensesModule.REVIEW_APPLICATION_HIGHER);
                return;
            }
            budgets.commit(em, charge, e.code);
            store.move(em, ExpensesModule.APPLICATION, e, ApplicationState.APPROVED, actor, null);
            store.event(APPROVED, actor).with("id", e.id).with("code", e.code).with("applicant", e.applicant)
                    .with("amount", e.estimate.toPlainString()).publish();
        });
    }

    public void rejected(Review review) {
        store.run(em -> {
            Actor actor = security.currentActor().orElse(Actor.SYSTEM);
            ApplicationEntity e = Store.find(em, ApplicationEntity.class, ReviewRef.of(review).record(), "application");
            store.move(em, ExpensesModule.APPLICATION, e, ApplicationState.REJECTED, actor, ReviewRef.reason(review));
        });
    }

    public ApplicationView get(long id) {
        Actor actor = security.require(ExpensesModule.READ);
        return store.read(em -> {
            ApplicationEntity e = Store.find(em, ApplicationEntity.class, id, "application");
            reader.requireVisible(actor, e.applicant, e.code);
            return view(em, e);
        });
    }

    /** @return applications (one's own, or everyone's for those who see all) in a state, or overdue, newest first */
    public List<ApplicationView> list(ApplicationState state, boolean overdueOnly) {
        Actor actor = security.require(ExpensesModule.READ);
        boolean all = reader.seesAll(actor);
        StringBuilder q = new StringBuilder("select a from ApplicationEntity a where 1 = 1");
        if (!all) {
            q.append(" and a.applicant = :me");
        }
        if (overdueOnly) {
            q.append(" and a.state = :approved and a.verifyBy < :today");
        } else if (state != null) {
            q.append(" and a.state = :state");
        }
        return store.read(em -> {
            javax.persistence.TypedQuery<ApplicationEntity> query = em.createQuery(q + " order by a.id desc",
                    ApplicationEntity.class);
            if (!all) {
                query.setParameter("me", actor.name());
            }
            if (overdueOnly) {
                query.setParameter("approved", ApplicationState.APPROVED).setParameter("today", store.today());
            } else if (state != null) {
                query.setParameter("state", state);
            }
            return query.setMaxResults(500).getResultList().stream().map(a -> view(em, a)).toList();
        });
    }

    public List<AuditEntry> history(long id) {
        get(id);
        return store.history(ExpensesModule.APPLICATION, id);
    }

    ApplicationView view(EntityManager em, ApplicationEntity e) {
        String budget = e.budgetId == null ? null : em.createQuery("select b.name from BudgetEntity b where b.id = :b",
                String.class).setParameter("b", e.budgetId).getResultList().stream().findFirst().orElse(null);
        BigDecimal claimed = em.createQuery("select sum(l.amount) from ClaimLineEntity l, ClaimEntity c where"
                + " c.id = l.claimId and l.applicationId = :a and c.state in ('APPROVED', 'PAID')", BigDecimal.class)
                .setParameter("a", e.id).getSingleResult();
        boolean overdue = e.state == ApplicationState.APPROVED && store.today().isAfter(e.verifyBy);
        return new ApplicationView(e.id, e.code, e.version, e.state, e.applicant, new ApplicationData(e.kind, e.purpose,
                e.budgetId, e.region, e.customerId, Money.of(e.estimate, e.currency), e.periodFrom, e.periodTo,
                e.allowanceRate, e.note),
                budget, e.customerName, e.verified == null ? null : Money.of(e.verified, e.currency),
                Money.of(claimed == null ? BigDecimal.ZERO : claimed, e.currency), e.verifyBy, e.receipts, e.higher,
                overdue, e.allowanceBase == null ? null : Money.of(e.allowanceBase, e.currency),
                e.allowance == null ? null : Money.of(e.allowance, e.currency), e.stamps.updatedAt(), e.stamps.updatedBy());
    }
}
