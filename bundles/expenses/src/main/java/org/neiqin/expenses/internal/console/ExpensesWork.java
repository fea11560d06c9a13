package org.neiqin.expenses.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.WorkSource;
import org.neiqin.api.security.SecurityService;
import org.neiqin.expenses.internal.ExpensesModule;
import org.neiqin.expenses.internal.ExpensesStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The expenses' part of the home page: the office's claims to check and applications to verify (late ones urgent),
 * finance's claims and advances to pay and advances past their settling day, the claimant's returned claims and open
 * advance. The managers' approvals wait in the review inbox.
 */
@Component(service = WorkSource.class)
public class ExpensesWork implements WorkSource {
    private final ExpensesStore store;
    private final SecurityService security;

    @Activate
    public ExpensesWork(@Reference ExpensesStore store, @Reference SecurityService security) {
        this.store = store;
        this.security = security;
    }

    @Override
    public List<WorkItem> work(PageRequest r) {
        List<WorkItem> out = new ArrayList<>();
        String me = r.actor().name();
        if (security.isPermitted(r.actor(), ExpensesModule.CHECK)) {
            out.add(new WorkItem(r.msg("work.toCheck"), count("select count(c) from ClaimEntity c where c.state = 'SUBMITTED'"
                    + " and c.claimant <> :me", me), ClaimsPage.LABEL + "?state=SUBMITTED", false));
            out.add(new WorkItem(r.msg("work.toVerify"), count("select count(a) from ApplicationEntity a where a.state ="
                    + " 'APPROVED' and a.verifyBy < :today and a.applicant <> :me", me),
                    ApplicationsPage.LABEL + "?overdue=true", true));
        }
        if (security.isPermitted(r.actor(), ExpensesModule.PAY)) {
            out.add(new WorkItem(r.msg("work.toPay"), count("select count(c) from ClaimEntity c where c.state = 'APPROVED'"
                    + " and c.advanceId is null and c.claimant <> :me", me), ClaimsPage.LABEL + "?state=APPROVED", false));
            out.add(new WorkItem(r.msg("work.advancesDue"), count("select count(a) from AdvanceEntity a where a.state ="
                    + " 'PAID' and a.dueOn < :today and a.borrower <> :me", me), AdvancesPage.LABEL, true));
        }
        if (security.isPermitted(r.actor(), ExpensesModule.CLAIM_OWN)) {
            long returned = count("select count(c) from ClaimEntity c where c.state = 'RETURNED' and c.claimant = :me", me);
            if (returned > 0) {
                out.add(new WorkItem(r.msg("work.returned"), returned, ClaimsPage.LABEL + "?state=RETURNED", true));
            }
            long open = count("select count(a) from AdvanceEntity a where a.state = 'PAID' and a.borrower = :me", me);
            if (open > 0) {
                out.add(new WorkItem(r.msg("work.myAdvance"), open, AdvancesPage.LABEL, false));
            }
        }
        return out;
    }

    private long count(String jpql, String me) {
        return store.read(em -> {
            javax.persistence.TypedQuery<Long> q = em.createQuery(jpql, Long.class).setParameter("me", me);
            if (jpql.contains(":today")) {
                q.setParameter("today", store.today());
            }
            return q.getSingleResult();
        });
    }
}
