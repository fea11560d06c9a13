package org.neiqin.expenses.internal.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.neiqin.api.crm.CustomerFigure;
import org.neiqin.api.crm.CustomerFigureProvider;
import org.neiqin.api.money.Money;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.api.time.CompanyClock;
import org.neiqin.expenses.internal.ExpensesModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * On the customer card (with the customer files installed): what was spent on the customer this year — dinners,
 * visits, activities — and the promotion allowances it was granted. Neither is owed by the customer.
 */
@Component(service = CustomerFigureProvider.class)
public class SpendFigures implements CustomerFigureProvider {
    private final Spending spending;
    private final SecurityService security;
    private final CompanyClock clock;

    @Activate
    public SpendFigures(@Reference Spending spending, @Reference SecurityService security, @Reference CompanyClock clock) {
        this.spending = spending;
        this.security = security;
        this.clock = clock;
    }

    @Override
    public List<CustomerFigure> figures(long customerId, Locale locale) {
        Optional<Actor> actor = security.currentActor();
        if (actor.isEmpty() || !security.isPermitted(actor.get(), ExpensesModule.BUDGETS)) {
            return List.of();
        }
        LocalDate today = clock.today();
        Money spent = spending.spentOn(customerId, today.withDayOfYear(1), today);
        Money allowed = spending.allowancesTo(customerId, today.withDayOfYear(1), today);
        boolean zh = "zh".equals(locale.getLanguage());
        return List.of(new CustomerFigure(zh ? "今年在该客户上的费用" : "Spent on the customer this year", spent.toString(),
                spent, false), new CustomerFigure(zh ? "今年给该客户的促销折让" : "Promotion allowances to the customer"
                        + " this year", allowed.toString(), allowed, false));
    }
}
