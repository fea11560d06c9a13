package org.neiqin.expenses.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.Link;
import org.neiqin.api.console.Links;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Notice;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;

/** The way between the expense pages, drawn at the top of each: claims, applications, advances, budgets, standards. */
final class ExpenseLinks {
    private ExpenseLinks() {
    }

    /**
     * The page of a new claim, application or advance: its form for one who claims expenses (the link bar and how to
     * fill it in above), else why there is none.
     *
     * @param form made only for one who may claim
     */
    static Page newOne(PageRequest r, boolean mayClaim, String title, String howTo,
            java.util.function.Supplier<Form> form) {
        return mayClaim ? Page.of(r.msg(title), of(r), new Notice(Notice.Level.INFO, r.msg(howTo)), form.get())
                : Page.of(r.msg(title), of(r), new Notice(Notice.Level.WARNING, r.msg("claim.cannotClaim")));
    }

    static Links of(PageRequest r, Link... first) {
        List<Link> links = new ArrayList<>(List.of(first));
        links.add(new Link(r.msg("title.neiqin-expenses"), ClaimsPage.LABEL));
        links.add(new Link(r.msg("title.neiqin-expense-applications"), ApplicationsPage.LABEL));
        links.add(new Link(r.msg("title.neiqin-advances"), AdvancesPage.LABEL));
        links.add(new Link(r.msg("title.neiqin-budgets"), BudgetsPage.LABEL));
        links.add(new Link(r.msg("title.neiqin-expense-standards"), StandardsPage.LABEL));
        links.add(new Link(r.msg("title.neiqin-expense-reports"), ReportsPage.LABEL));
        return new Links(links);
    }
}
