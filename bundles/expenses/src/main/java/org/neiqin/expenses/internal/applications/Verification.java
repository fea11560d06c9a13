package org.neiqin.expenses.internal.applications;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neiqin.api.contracts.SalesFigures;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.api.money.CompanyCurrency;
import org.neiqin.api.money.Money;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.expenses.internal.ExpensesModule;
import org.neiqin.expenses.internal.ExpensesStore;
import org.neiqin.expenses.internal.budgets.BudgetBook;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The verification (核销) of an approved activity by the back office, against what was really spent: never more than
 * approved; what was spent becomes the budget's actual and the rest of the commitment goes back. A promotion that
 * allows its customer a rate of what it bought during the activity (促销折让) has the allowance computed then — from the
 * contracts' figures when that module is installed, else from what the office enters — and kept against the customer.
 */
@Component(service = Verification.class)
public class Verification {
    private static final String VERIFIED = org.neiqin.api.expenses.ExpensesEvents.APPLICATION_VERIFIED;

    private final ExpensesStore store;
    private final SecurityService security;
    private final CompanyCurrency currency;
    private final BudgetBook budgets;
    private final ApplicationService applications;
    @Reference
    private org.neiqin.expenses.internal.reports.SpendMonths months;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SalesFigures sales;

    @Activate
    public Verification(@Reference ExpensesStore store, @Reference SecurityService security,
            @Reference CompanyCurrency currency, @Reference BudgetBook budgets, @Reference ApplicationService applications) {
        this.store = store;
        this.security = security;
        this.currency = currency;
        this.budgets = budgets;
        this.applications = applications;
    }

    /** @return whether a promotion's allowance is computed from the contracts' figures (else the office enters them) */
    public boolean allowanceFromContracts() {
        return sales != null;
    }

    /**
     * The back office verifies the activity against its receipts: what was spent (no more than approved) becomes the
     * budget's actual, the rest of the commitment goes back.
     */
    public ApplicationView verify(long id, int version, Money spent, String receipts, Money allowanceBase) {
        Actor actor = security.require(ExpensesModule.CHECK);
        List<FieldError> errors = new ArrayList<>();
        if (spent == null || spent.isNegative()) {
            errors.add(new FieldError("verified", "required", Text.of("expenses.application.spent",
                    "give what was really spent, 0 or more")));
        } else if (!spent.currency().getCurrencyCode().equals(currency.code())) {
            errors.add(new FieldError("verified", "currency", Text.of("expenses.currency",
                    "amounts are in {0}", currency.code())));
        }
        if (receipts == null || receipts.isBlank() || receipts.length() > 500) {
            errors.add(new FieldError("receipts", "required", Text.of("expenses.application.receipts",
                    "name the receipts the spending was verified with (1 to 500 characters)")));
        }
        Forms.require(errors);
        return store.write(em -> {
            ApplicationEntity e = Store.load(em, ApplicationEntity.class, id, version, "application");
            org.neiqin.expenses.internal.Owners.requireOther(actor, e.applicant, e.code);
            if (spent.amount().compareTo(e.estimate) > 0) {
                Forms.require(List.of(new FieldError("verified", "overApproved", Text.of(
                        "expenses.application.overApproved", "{0} spent is more than the {1} approved: verified is at"
                                + " most what was approved", spent.text(), Money.of(e.estimate, e.currency).text()))));
            }
            e.verified = spent.amount();
            e.receipts = receipts.trim();
            Map<String, Object> after = new LinkedHashMap<>(Map.of("verified", e.verified.toPlainString(),
                    "receipts", e.receipts));
            if (e.allowanceRate != null) {
                e.allowanceBase = allowanceBase(e, allowanceBase);
                e.allowance = e.allowanceBase.multiply(e.allowanceRate).divide(BigDecimal.valueOf(100), 2,
                        RoundingMode.HALF_UP);
                after.put("allowanceBase", e.allowanceBase.toPlainString());
                after.put("allowance", e.allowance.toPlainString());
            }
            store.move(em, ExpensesModule.APPLICATION, e, ApplicationState.VERIFIED, actor, null, after);
            months.add(em, Map.of(new org.neiqin.expenses.internal.reports.SpendMonthKey(e.periodFrom, e.applicant,
                    e.region, "PROMOTION"), e.verified));
            if (e.budgetId != null) {
                budgets.spend(em, Map.of(e.budgetId, e.estimate), Map.of(e.budgetId, e.verified), e.code);
            }
            store.event(VERIFIED, actor).with("id", e.id).with("code", e.code).with("applicant", e.applicant)
                    .with("amount", e.verified.toPlainString()).publish();
            em.flush();
            return applications.view(em, e);
        });
    }

    /**
     * @return what the promotion's customer bought during it: the contracts' figure when the module is installed, else
     *         what the office entered
     */
    private BigDecimal allowanceBase(ApplicationEntity e, Money entered) {
        org.neiqin.api.contracts.SalesFigures figures = sales;
        if (figures != null) {
            return figures.byCustomer(e.customerId, e.periodFrom, e.periodTo).amount();
        }
        if (entered == null || entered.isNegative()) {
            Forms.require(List.of(new FieldError("allowanceBase", "required", Text.of("expenses.application.base",
                    "{0} allows its customer {1}%: give what the customer bought from {2} to {3}", e.code,
                    e.allowanceRate.toPlainString(), e.periodFrom, e.periodTo))));
        }
        return entered.amount();
    }

}
