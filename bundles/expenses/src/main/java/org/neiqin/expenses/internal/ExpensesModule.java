package org.neiqin.expenses.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import org.neiqin.api.ids.IdRun;
import org.neiqin.api.module.ModuleDescriptor;
import org.neiqin.api.module.NeiqinModule;
import org.neiqin.api.module.NumberingDef;
import org.neiqin.api.module.PermissionDef;
import org.neiqin.api.module.ReviewDef;
import org.neiqin.api.numbering.ResetPeriod;
import org.neiqin.api.security.Roles;
import org.osgi.service.component.annotations.Component;

/** The module: its descriptor and every constant of it (permissions, audit entities, numbering, reviews, id run). */
@Component
public class ExpensesModule implements NeiqinModule {
    public static final String ID = "expenses";
    /** The id run: table {@code EXP_ID} (created by V1), row {@link #ID}. */
    public static final IdRun IDS = new IdRun("EXP_ID", ID);
    public static final String TITLE = "Expense claims";

    /** Audit entities (a record's history) and numbering types. */
    public static final String CLAIM = "expenses.claim";
    public static final String APPLICATION = "expenses.application";
    public static final String ADVANCE = "expenses.advance";
    public static final String BUDGET = "expenses.budget";
    /** The expense rules of {@code etc/org.neiqin.expenses.cfg}: each change of the file in their history. */
    public static final String RULES = "expenses.rules";

    /**
     * Reviews: the sales manager approves a claim, an application or an advance; the next level up (the general
     * manager) approves what goes beyond — a claim over the travel standard or a cap that warns, over the budget, or
     * from the higher amount on, and the sales manager's own claims.
     */
    public static final String REVIEW_CLAIM = "expenses.claim";
    public static final String REVIEW_APPLICATION = "expenses.application";
    public static final String REVIEW_ADVANCE = "expenses.advance";
    public static final String REVIEW_CLAIM_HIGHER = "expenses.claim.higher";
    public static final String REVIEW_APPLICATION_HIGHER = "expenses.application.higher";

    /** See claims, applications, advances and budgets (a salesperson: their own). */
    public static final String READ = "expenses.read";
    /** Claim expenses, apply for an activity, borrow an advance: one's own. */
    public static final String CLAIM_OWN = "expenses.claim";
    /** The back office's first check (初审) of claims and the verification (核销) of applications. */
    public static final String CHECK = "expenses.check";
    /** Pay approved claims and advances, settle advances (finance). */
    public static final String PAY = "expenses.pay";
    /** Plan budgets and see everyone's claims (a manager, finance). */
    public static final String BUDGETS = "expenses.budgets";

    static final ModuleDescriptor DESCRIPTOR = ModuleDescriptor.builder(ID, TITLE)
            .description("Expense applications approved before the money is spent and verified after; claims checked by"
                    + " the back office and approved by the manager (the manager's own by the next level up), judged by"
                    + " travel standards and category caps; advances settled by claims; budgets with what is committed and"
                    + " spent")
            .permission(new PermissionDef(READ, "see expense claims, applications, advances and budgets",
                    Set.of(Roles.ADMIN, Roles.MANAGER, Roles.ASSISTANT, Roles.SALES, Roles.FINANCE, Roles.AUDITOR)))
            .permission(new PermissionDef(CLAIM_OWN, "claim one's expenses, apply for activities, borrow advances",
                    Set.of(Roles.ADMIN, Roles.MANAGER, Roles.ASSISTANT, Roles.SALES)))
            .permission(new PermissionDef(CHECK, "first-check claims and verify applications (the back office)",
                    Set.of(Roles.ADMIN, Roles.ASSISTANT)))
            .permission(new PermissionDef(PAY, "pay claims and advances, settle advances (finance)",
                    Set.of(Roles.ADMIN, Roles.FINANCE)))
            .permission(new PermissionDef(BUDGETS, "plan budgets and see everyone's expenses",
                    Set.of(Roles.ADMIN, Roles.MANAGER, Roles.FINANCE, Roles.ASSISTANT, Roles.AUDITOR)))
            .numbering(new NumberingDef(CLAIM, "BX{yyyy}-{seq:5}", ResetPeriod.YEARLY))
            .numbering(new NumberingDef(APPLICATION, "FS{yyyy}-{seq:4}", ResetPeriod.YEARLY))
            .numbering(new NumberingDef(ADVANCE, "JK{yyyy}-{seq:4}", ResetPeriod.YEARLY))
            .review(new ReviewDef(REVIEW_CLAIM, 1, Map.of(), Set.of(Roles.MANAGER)))
            .review(new ReviewDef(REVIEW_APPLICATION, 1, Map.of(new BigDecimal("100000"), 2),
                    Set.of(Roles.MANAGER, Roles.ADMIN)))
            .review(new ReviewDef(REVIEW_ADVANCE, 1, Map.of(), Set.of(Roles.MANAGER)))
            .review(new ReviewDef(REVIEW_CLAIM_HIGHER, 1, Map.of(), Set.of(Roles.ADMIN)))
            .review(new ReviewDef(REVIEW_APPLICATION_HIGHER, 1, Map.of(), Set.of(Roles.ADMIN)))
            .report("Expenses per salesperson, region and category; budgets against what is committed and spent")
            .build();

    @Override
    public ModuleDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
