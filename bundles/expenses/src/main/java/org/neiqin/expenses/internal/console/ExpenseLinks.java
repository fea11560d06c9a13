package org.neiqin.expenses.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.Link;
import org.neiqin.api.console.Links;
import org.neiqin.api.console.PageRequest;

/** The way between the expense pages, drawn at the top of each: claims, applications, advances, budgets, standards. */
final class ExpenseLinks {
    private ExpenseLinks() {
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
