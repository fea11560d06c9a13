package org.neiqin.expenses.internal.claims;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.error.AccessDeniedException;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.api.money.CompanyCurrency;
import org.neiqin.api.numbering.NumberingService;
import org.neiqin.api.people.PeopleDirectory;
import org.neiqin.api.people.Person;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.Roles;
import org.neiqin.api.security.SecurityService;
import org.neiqin.expenses.internal.ExpenseSettings;
import org.neiqin.expenses.internal.ExpensesModule;
import org.neiqin.expenses.internal.ExpensesStore;
import org.neiqin.expenses.internal.advances.AdvanceLinks;
import org.neiqin.expenses.internal.applications.ApplicationLinks;
import org.neiqin.expenses.internal.budgets.BudgetBook;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The claimant's side of a claim: submit it (each line checked, judged by the travel standard and the caps, each
 * fapiao number taken for it), correct and submit again a returned one, or withdraw it. A cap that blocks refuses the
 * claim; a line over the standard or a cap that warns, a total from the higher amount on, and a manager's own claim
 * send it to the higher approval after the check.
 */
@Component(service = ClaimService.class)
public class ClaimService {
    private static final String SUBMITTED = org.neiqin.api.expenses.ExpensesEvents.CLAIM_SUBMITTED;

    private final ExpensesStore store;
    private final SecurityService security;
    private final NumberingService numbering;
    private final PeopleDirectory people;
    private final ExpenseSettings settings;
    private final CompanyCurrency currency;
    private final BudgetBook budgets;
    @Reference
    private org.neiqin.expenses.internal.reports.SpendMonths months;
    @Reference
    private org.neiqin.expenses.internal.CustomerNames customers;

    @Activate
    public ClaimService(@Reference ExpensesStore store, @Reference SecurityService security,
            @Reference NumberingService numbering, @Reference PeopleDirectory people, @Reference ExpenseSettings settings,
            @Reference CompanyCurrency currency, @Reference BudgetBook budgets) {
        this.store = store;
        this.security = security;
        this.numbering = numbering;
        this.people = people;
        this.settings = settings;
        this.currency = currency;
        this.budgets = budgets;
    }

    public String currency() {
        return currency.code();
    }

    /** Submits a claim of the caller's own; it waits for the back office's first check. */
    public ClaimView submit(ClaimData head, List<ClaimLineData> lines) {
        Actor actor = security.require(ExpensesModule.CLAIM_OWN);
        Person person = people.person(actor.name());
        List<String> customerNames = check(head, lines);
        months.ensure(monthKeys(actor.name(), person.region(), lines));
        return store.write(em -> {
            ClaimEntity e = new ClaimEntity();
            e.code = numbering.next(ExpensesModule.CLAIM, store.today(), Map.of());
            e.claimant = actor.name();
            e.grade = person.grade();
            e.region = person.region();
            e.department = person.department();
            e.currency = currency.code();
            e.state = ClaimState.SUBMITTED;
            head(e, head);
            e.total = BigDecimal.ZERO;
            store.create(em, e, actor);
            writeLines(em, e, actor, person, lines, customerNames);
            store.audit(em, ExpensesModule.CLAIM, e.id, AuditAction.CREATE, null, Map.of("purpose", e.purpose,
                    "total", e.total.toPlainString(), "lines", lines.size(), "higher", e.higher));
            store.event(SUBMITTED, actor).with("id", e.id).with("code", e.code).with("claimant", e.claimant)
                    .with("total", e.total.toPlainString()).publish();
            return ClaimReader.view(em, e);
        });
    }

    /** The claimant corrects a returned claim and submits it again (its lines replace the old ones). */
    public ClaimView resubmit(long id, int version, ClaimData head, List<ClaimLineData> lines) {
        Actor actor = security.require(ExpensesModule.CLAIM_OWN);
        Person person = people.person(actor.name());
        List<String> customerNames = check(head, lines);
        months.ensure(monthKeys(actor.name(), person.region(), lines));
        return store.write(em -> {
            ClaimEntity e = Store.load(em, ClaimEntity.class, id, version, "claim");
            requireOwn(actor, e);
            ClaimState.STEPS.require(e.state, ClaimState.SUBMITTED, e.code);
            head(e, head);
            em.createQuery("delete from ClaimLineEntity l where l.claimId = :c").setParameter("c", e.id).executeUpdate();
            em.createQuery("delete from FapiaoEntity f where f.claimId = :c").setParameter("c", e.id).executeUpdate();
            writeLines(em, e, actor, person, lines, customerNames);
            dropReceiptsBeyond(em, e.id, lines.size());
            store.move(em, ExpensesModule.CLAIM, e, ClaimState.SUBMITTED, actor, null, Map.of("purpose", e.purpose,
                    "total", e.total.toPlainString(), "lines", lines.size(), "higher", e.higher));
            em.flush();
            return ClaimReader.view(em, e);
        });
    }

    /** The claimant withdraws a claim not yet checked, or a returned one; its fapiao numbers are free again. */
    public ClaimView withdraw(long id, int version) {
        Actor actor = security.require(ExpensesModule.CLAIM_OWN);
        return store.write(em -> {
            ClaimEntity e = Store.load(em, ClaimEntity.class, id, version, "claim");
            requireOwn(actor, e);
            store.move(em, ExpensesModule.CLAIM, e, ClaimState.WITHDRAWN, actor, null);
            em.createQuery("delete from FapiaoEntity f where f.claimId = :c").setParameter("c", e.id).executeUpdate();
            em.flush();
            return ClaimReader.view(em, e);
        });
    }

    /** A corrected claim with fewer lines: the receipts of the lines it no longer has go. */
    private static void dropReceiptsBeyond(EntityManager em, long claimId, int lines) {
        List<Long> gone = em.createQuery("select r.id from ReceiptEntity r where r.claimId = :c and r.lineNo > :n",
                Long.class).setParameter("c", claimId).setParameter("n", lines).getResultList();
        if (!gone.isEmpty()) {
            em.createQuery("delete from ReceiptPartEntity p where p.fileId in :ids").setParameter("ids", gone)
                    .executeUpdate();
            em.createQuery("delete from ReceiptEntity r where r.id in :ids").setParameter("ids", gone).executeUpdate();
        }
    }

    /** @return the monthly spending rows the lines may add to once the claim is approved */
    private static List<org.neiqin.expenses.internal.reports.SpendMonthKey> monthKeys(String claimant, String region,
            List<ClaimLineData> lines) {
        return lines.stream().map(l -> new org.neiqin.expenses.internal.reports.SpendMonthKey(l.day(), claimant, region,
                l.category().name())).toList();
    }

    static void requireOwn(Actor actor, ClaimEntity e) {
        if (!e.claimant.equals(actor.name())) {
            throw new AccessDeniedException(Text.of("expenses.claim.notOwn",
                    "{0} is {1}'s claim: only the claimant changes it", e.code, e.claimant));
        }
    }

    private static void head(ClaimEntity e, ClaimData head) {
        e.purpose = head.purpose().trim();
        e.advanceId = head.advanceId();
        e.note = Forms.trimmed(head.note());
    }

    /** @return each line's customer as its file names it ({@code null} for none) */
    private List<String> check(ClaimData head, List<ClaimLineData> lines) {
        List<FieldError> errors = new ArrayList<>(ClaimRules.check(head, lines, store.today(), currency.code(),
                settings.standards()));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Long c = lines.get(i).customerId();
            names.add(c == null ? null : customers.name(c, "lines[" + i + "].customerId", errors));
        }
        Forms.require(errors);
        return names;
    }

    /**
     * Writes the claim's lines, each judged and charged to its budget, takes their fapiao numbers and sets the total
     * and why the claim needs the higher approval.
     */
    private void writeLines(EntityManager em, ClaimEntity e, Actor actor, Person person, List<ClaimLineData> lines,
            List<String> customerNames) {
        AdvanceLinks.require(em, e.advanceId, e.claimant, lines, e.code);
        List<Long> activities = ApplicationLinks.require(em, lines);
        List<ClaimRules.Judged> judged = ClaimRules.judge(lines, e.grade, e.claimant, actor.roles(), settings.standards(),
                settings.caps(), (category, from, to) -> claimed(em, e, category, from, to));
        List<FieldError> blocked = new ArrayList<>();
        Set<String> higher = new LinkedHashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            ClaimLineData d = lines.get(i);
            ClaimRules.Judged j = judged.get(i);
            if (j.blocked()) {
                blocked.add(new FieldError("lines[" + i + "].amount", "cap", Text.of("expenses.claim.capBlocks",
                        "line {0} goes over the cap of {1}: {2}", i + 1, d.category(), String.join(", ", j.flags()))));
            }
            if (j.flags().contains("standard")) {
                higher.add("standard");
            }
            if (j.warns() && j.flags().stream().anyMatch(f -> f.startsWith("cap:"))) {
                higher.add("cap");
            }
            ClaimLineEntity l = new ClaimLineEntity();
            l.claimId = e.id;
            l.lineNo = i + 1;
            l.day = d.day();
            l.category = d.category();
            l.amount = d.amount().amount();
            l.fapiaoNo = ClaimRules.fapiao(d.fapiaoNo());
            l.fapiaoAmount = d.fapiaoAmount().amount();
            l.city = Forms.trimmed(d.city());
            l.days = d.days();
            l.customerId = d.customerId();
            l.customerName = customerNames.get(i);
            l.activity = Forms.trimmed(d.activity());
            l.applicationId = activities.get(i);
            l.note = Forms.trimmed(d.note());
            l.standard = j.standard();
            l.flags = String.join(",", j.flags());
            // a line of an approved activity is within the application's commitment: no budget charged twice
            l.budgetId = l.applicationId != null ? null
                    : budgets.budgetFor(em, person, d.category(), d.day()).orElse(null);
            store.persist(em, l);
            total = total.add(l.amount);
        }
        Forms.require(blocked);
        if (total.compareTo(settings.higherFrom()) >= 0) {
            higher.add("amount");
        }
        if (actor.hasAnyRole(Set.of(Roles.MANAGER, Roles.ADMIN))) {
            higher.add("manager");
        }
        e.total = total;
        e.higher = String.join(",", higher);
        takeFapiaos(em, e, lines);
    }

    /** @return what the claimant claimed of a category between two days, on claims other than this one still standing */
    private static BigDecimal claimed(EntityManager em, ClaimEntity e, org.neiqin.expenses.internal.Category category,
            java.time.LocalDate from, java.time.LocalDate to) {
        BigDecimal s = em.createQuery("select sum(l.amount) from ClaimLineEntity l, ClaimEntity c where c.id = l.claimId"
                + " and c.claimant = :who and c.id <> :self and c.state <> :withdrawn and l.category = :cat"
                + " and l.day between :from and :to", BigDecimal.class).setParameter("who", e.claimant)
                .setParameter("self", e.id).setParameter("withdrawn", ClaimState.WITHDRAWN).setParameter("cat", category)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        return s == null ? BigDecimal.ZERO : s;
    }

    /**
     * Takes the claim's fapiao numbers. A number another claim holds is refused naming that claim; two claims taking
     * one number at the same moment: the database's key lets one through and the other waits, then is refused.
     */
    private static void takeFapiaos(EntityManager em, ClaimEntity e, List<ClaimLineData> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String number = ClaimRules.fapiao(lines.get(i).fapiaoNo());
            FapiaoEntity held = em.find(FapiaoEntity.class, number);
            if (held != null && held.claimId != e.id) {
                String code = em.createQuery("select c.code from ClaimEntity c where c.id = :id", String.class)
                        .setParameter("id", held.claimId).getResultList().stream().findFirst().orElse("#" + held.claimId);
                throw new ConflictException("fapiao", Text.of("expenses.claim.fapiaoTaken",
                        "fapiao {0} (line {1}) is claimed already, on {2}", number, i + 1, code));
            }
            FapiaoEntity f = new FapiaoEntity();
            f.number = number;
            f.claimId = e.id;
            em.persist(f);
        }
        try {
            em.flush();
        } catch (PersistenceException e2) {
            if (uniqueViolation(e2)) {
                throw new ConflictException("fapiao", Text.of("expenses.claim.fapiaoRace",
                        "a fapiao of this claim was claimed by another claim a moment ago: look at the numbers again"));
            }
            throw e2;
        }
    }

    /** @return whether the database refused a row for a key another row holds (SQL state 23xxx) */
    static boolean uniqueViolation(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
