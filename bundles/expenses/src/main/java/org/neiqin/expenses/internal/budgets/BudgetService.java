package org.neiqin.expenses.internal.budgets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.api.money.CompanyCurrency;
import org.neiqin.api.money.Money;
import org.neiqin.api.people.PeopleDirectory;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.expenses.internal.ExpensesModule;
import org.neiqin.expenses.internal.ExpensesStore;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Budgets as managers plan them. A budget's plan may change after the fact (its history keeps the change); what was
 * approved against it before stays approved.
 */
@Component(service = BudgetService.class)
public class BudgetService {
    private final ExpensesStore store;
    private final SecurityService security;
    private final CompanyCurrency currency;
    private final PeopleDirectory people;

    @Activate
    public BudgetService(@Reference ExpensesStore store, @Reference SecurityService security,
            @Reference CompanyCurrency currency, @Reference PeopleDirectory people) {
        this.store = store;
        this.security = security;
        this.currency = currency;
        this.people = people;
    }

    public String currency() {
        return currency.code();
    }

    public BudgetView create(BudgetData data) {
        Actor actor = security.require(ExpensesModule.BUDGETS);
        BudgetData d = check(data);
        return store.write(em -> {
            requireNoOverlap(em, d, null);
            BudgetEntity e = new BudgetEntity();
            copy(d, e);
            e.currency = currency.code();
            e.committed = java.math.BigDecimal.ZERO;
            e.actual = java.math.BigDecimal.ZERO;
            store.create(em, e, actor);
            store.audit(em, ExpensesModule.BUDGET, e.id, AuditAction.CREATE, null, Forms.filled(d));
            return view(e);
        });
    }

    /** Changes the plan at the version the user loaded; what was approved against it is not judged again. */
    public BudgetView update(long id, int version, BudgetData data) {
        Actor actor = security.require(ExpensesModule.BUDGETS);
        BudgetData d = check(data);
        return store.write(em -> {
            BudgetEntity e = Store.load(em, BudgetEntity.class, id, version, "budget");
            requireNoOverlap(em, d, id);
            Forms.Changes changes = Forms.changes(data(e), d);
            if (changes.isEmpty()) {
                return view(e);
            }
            copy(d, e);
            store.touch(e, actor);
            store.audit(em, ExpensesModule.BUDGET, id, AuditAction.UPDATE, changes.before(), changes.after());
            em.flush();
            return view(e);
        });
    }

    private BudgetData check(BudgetData data) {
        List<FieldError> errors = new ArrayList<>(Forms.check(data));
        errors.addAll(Forms.inCurrency(data, currency.code()));
        if (data.periodFrom() != null && data.periodTo() != null && data.periodTo().isBefore(data.periodFrom())) {
            errors.add(new FieldError("periodTo", "order", Text.of("expenses.budget.order",
                    "the period ends on {0}, before it starts on {1}", data.periodTo(), data.periodFrom())));
        }
        if (data.planned() != null && data.planned().isNegative()) {
            errors.add(new FieldError("planned", "negative", Text.of("expenses.budget.negative",
                    "a budget plans 0 or more")));
        }
        if (data.scope() == BudgetScope.SALESPERSON && data.scopeKey() != null && people.all().stream()
                .noneMatch(p -> p.login().equals(data.scopeKey().trim()))) {
            errors.add(new FieldError("scopeKey", "unknown", Text.of("expenses.budget.person",
                    "{0} is nobody etc/org.neiqin.people.cfg names", data.scopeKey().trim())));
        }
        Forms.require(errors);
        return new BudgetData(data.name().trim(), data.scope(), data.scopeKey().trim(), data.category(),
                data.periodFrom(), data.periodTo(), data.planned(), Forms.trimmed(data.note()));
    }

    private static void requireNoOverlap(EntityManager em, BudgetData d, Long self) {
        List<BudgetEntity> others = em.createQuery("select b from BudgetEntity b where b.scope = :s and b.scopeKey = :k"
                + " and b.category = :c and b.periodFrom <= :to and b.periodTo >= :from", BudgetEntity.class)
                .setParameter("s", d.scope()).setParameter("k", d.scopeKey())
                .setParameter("c", d.category() == null ? BudgetEntity.ALL : d.category().name())
                .setParameter("from", d.periodFrom()).setParameter("to", d.periodTo()).getResultList();
        for (BudgetEntity o : others) {
            if (self == null || o.id != self) {
                throw new ConflictException("overlap", Text.of("expenses.budget.overlap",
                        "budget {0} already plans {1} {2} from {3} to {4}", o.name, o.scope, o.scopeKey, o.periodFrom,
                        o.periodTo));
            }
        }
    }

    private static void copy(BudgetData d, BudgetEntity e) {
        e.name = d.name();
        e.scope = d.scope();
        e.scopeKey = d.scopeKey();
        e.category = d.category() == null ? BudgetEntity.ALL : d.category().name();
        e.periodFrom = d.periodFrom();
        e.periodTo = d.periodTo();
        e.planned = d.planned().amount();
        e.note = d.note();
    }

    public BudgetView get(long id) {
        security.require(ExpensesModule.READ);
        return store.read(em -> view(Store.find(em, BudgetEntity.class, id, "budget")));
    }

    /** @return the budgets whose period touches {@code from}..{@code to} (all without), by scope, key and start */
    public List<BudgetView> list(LocalDate from, LocalDate to) {
        security.require(ExpensesModule.READ);
        return store.read(em -> em.createQuery("select b from BudgetEntity b where b.periodTo >= :from and b.periodFrom"
                + " <= :to order by b.scope, b.scopeKey, b.category, b.periodFrom", BudgetEntity.class)
                .setParameter("from", from == null ? LocalDate.of(1900, 1, 1) : from)
                .setParameter("to", to == null ? LocalDate.of(9999, 12, 31) : to).setMaxResults(2000).getResultList()
                .stream().map(BudgetService::view).toList());
    }

    public List<AuditEntry> history(long id) {
        get(id);
        return store.history(ExpensesModule.BUDGET, id);
    }

    static BudgetData data(BudgetEntity e) {
        return new BudgetData(e.name, e.scope, e.scopeKey, BudgetEntity.ALL.equals(e.category) ? null
                : org.neiqin.expenses.internal.Category.valueOf(e.category), e.periodFrom, e.periodTo,
                Money.of(e.planned, e.currency), e.note);
    }

    static BudgetView view(BudgetEntity e) {
        return new BudgetView(e.id, e.version, data(e), Money.of(e.committed, e.currency), Money.of(e.actual, e.currency),
                Money.of(e.available(), e.currency), e.stamps.updatedAt(), e.stamps.updatedBy());
    }
}
