package org.neiqin.expenses.internal.claims;

import java.util.Arrays;
import java.util.List;

import javax.persistence.EntityManager;

import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.money.Money;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.expenses.internal.ExpensesModule;
import org.neiqin.expenses.internal.ExpensesStore;
import org.neiqin.kit.query.ListQuery;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Claims as people may see them: one's own, and everyone's for the back office, managers, finance and auditors (who
 * hold {@link ExpensesModule#BUDGETS}, {@link ExpensesModule#CHECK} or {@link ExpensesModule#PAY}).
 */
@Component(service = ClaimReader.class)
public class ClaimReader {
    private final ExpensesStore store;
    private final SecurityService security;

    @Activate
    public ClaimReader(@Reference ExpensesStore store, @Reference SecurityService security) {
        this.store = store;
        this.security = security;
    }

    /** @return whether {@code actor} sees everyone's claims, applications and advances, not only their own */
    public boolean seesAll(Actor actor) {
        return security.isPermitted(actor, ExpensesModule.BUDGETS) || security.isPermitted(actor, ExpensesModule.CHECK)
                || security.isPermitted(actor, ExpensesModule.PAY);
    }

    public ClaimView get(long id) {
        Actor actor = security.require(ExpensesModule.READ);
        return store.read(em -> {
            ClaimEntity e = Store.find(em, ClaimEntity.class, id, "claim");
            requireVisible(actor, e.claimant, e.code);
            return view(em, e);
        });
    }

    /** @throws org.neiqin.api.error.AccessDeniedException when {@code actor} may not see someone's {@code code} */
    public void requireVisible(Actor actor, String owner, String code) {
        org.neiqin.expenses.internal.Owners.requireVisible(actor, seesAll(actor), owner, code);
    }

    public ListQuery.Page<ClaimRow> list(ClaimQuery q) {
        Actor actor = security.require(ExpensesModule.READ);
        String claimant = seesAll(actor) ? q.claimant() : actor.name();
        return store.read(em -> ListQuery.of("ClaimEntity", "v")
                .text(q.text(), "code", "purpose")
                .eq("state", q.state())
                .eq("claimant", claimant)
                .page(Store.jpql(em), ClaimRow.COLUMNS, ClaimRow::of, q.orderBy(), q.offset(), q.limit()));
    }

    public List<AuditEntry> history(long id) {
        get(id);
        return store.history(ExpensesModule.CLAIM, id);
    }

    static List<ClaimLineEntity> lines(EntityManager em, long claimId) {
        return em.createQuery("select l from ClaimLineEntity l where l.claimId = :c order by l.lineNo",
                ClaimLineEntity.class).setParameter("c", claimId).getResultList();
    }

    static ClaimView view(EntityManager em, ClaimEntity e) {
        java.util.Map<Integer, String> receipts = ClaimReceipts.names(em, e.id);
        List<ClaimView.Line> lines = lines(em, e.id).stream().map(l -> new ClaimView.Line(l.lineNo, l.day, l.category,
                Money.of(l.amount, e.currency), l.fapiaoNo, Money.of(l.fapiaoAmount, e.currency), l.city, l.days,
                l.customerId, l.customerName, l.applicationId, l.activity, l.note,
                l.standard == null ? null : Money.of(l.standard, e.currency),
                l.flags == null || l.flags.isEmpty() ? List.of() : Arrays.asList(l.flags.split(",")), l.budgetId,
                receipts.get(l.lineNo)))
                .toList();
        String advance = e.advanceId == null ? null : em.createQuery("select a.code from AdvanceEntity a where a.id = :a",
                String.class).setParameter("a", e.advanceId).getResultList().stream().findFirst().orElse(null);
        return new ClaimView(e.id, e.code, e.version, e.state, e.stage, e.claimant, e.grade, e.region, e.department,
                new ClaimData(e.purpose, e.advanceId, e.note), advance, Money.of(e.total, e.currency), e.checkedBy,
                e.higher == null || e.higher.isEmpty() ? List.of() : Arrays.asList(e.higher.split(",")), e.paidOn, lines,
                e.stamps.createdAt(), e.stamps.updatedAt(), e.stamps.updatedBy());
    }
}
