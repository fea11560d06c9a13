package org.neiqin.invoicing.internal;

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

/** The module: its descriptor and every constant of it (permissions, audit entity, numbering, review, id run). */
@Component
public class InvoicingModule implements NeiqinModule {
    public static final String ID = "invoicing";
    /** The id run: table {@code INV_ID} (created by V1), row {@link #ID}. */
    public static final IdRun IDS = new IdRun("INV_ID", ID);
    /**
     * The module's name where no language is known (the modules list, the console's registration); the
     * console's menu and pages show {@code title.<page label>} of the messages, in the reader's language.
     */
    public static final String TITLE = "Invoicing and collection";
    /** Audit entity of an invoice: its history. */
    public static final String ENTITY = "invoicing.invoice";
    /** Numbering of issued invoices: gapless, never reused; a draft has none. */
    public static final String NUMBERING = "invoicing.invoice";
    /** The review an invoice request passes before finance issues it. */
    public static final String REVIEW = "invoicing.invoice";
    /** The review a price correction passes before a request may bill a line at its price. */
    public static final String PRICE_CORRECTION = "invoicing.priceCorrection";
    /** See invoices. */
    public static final String READ = "invoicing.read";
    /** Prepare invoice requests and send them for review (the back office). */
    public static final String WRITE = "invoicing.write";
    /** Issue a reviewed invoice and record its official number (finance). */
    public static final String ISSUE = "invoicing.issue";
    /** Record money received and match it to invoices (finance). */
    public static final String RECEIVE = "invoicing.receipt";
    /**
     * Work the collection ladder: see the steps waiting, do a reminder or letter by hand (the back office), file an
     * overdue report (the salesperson, for their own invoices).
     */
    public static final String COLLECT = "invoicing.collect";
    /** Audit entity of a receipt. */
    public static final String RECEIPT = "invoicing.receipt";

    private static final Set<String> SUPERVISORS = Set.of(Roles.ADMIN, Roles.MANAGER);

    static final ModuleDescriptor DESCRIPTOR = ModuleDescriptor.builder(ID, TITLE)
            .description("Invoice requests drawn from the lines of orders and contracts, checked against them, with"
                    + " Chinese VAT per line; reviewed, then issued by finance with a gapless number; money received matched to"
                    + " invoices, the rest held as an advance; the collection ladder (reminders, overdue reports, overdue letters with a"
                    + " statement of account, credit stop) and statements of account")
            .permission(new PermissionDef(READ, "see invoices",
                    Set.of(Roles.ADMIN, Roles.MANAGER, Roles.ASSISTANT, Roles.SALES, Roles.FINANCE, Roles.AUDITOR)))
            .permission(new PermissionDef(WRITE, "prepare invoice requests and send them for review",
                    Set.of(Roles.ADMIN, Roles.MANAGER, Roles.ASSISTANT)))
            .permission(new PermissionDef(ISSUE, "issue reviewed invoices and record their official numbers",
                    Set.of(Roles.ADMIN, Roles.FINANCE)))
            .permission(new PermissionDef(RECEIVE, "record money received and match it to invoices",
                    Set.of(Roles.ADMIN, Roles.FINANCE)))
            .permission(new PermissionDef(COLLECT, "work the collection ladder: reminders, overdue reports, letters",
                    Set.of(Roles.ADMIN, Roles.MANAGER, Roles.ASSISTANT, Roles.SALES, Roles.FINANCE)))
            .numbering(new NumberingDef(NUMBERING, "FP{yyyy}-{seq:6}", ResetPeriod.YEARLY))
            .review(new ReviewDef(REVIEW, 1, Map.of(new BigDecimal("1000000"), 2), SUPERVISORS))
            .review(new ReviewDef(PRICE_CORRECTION, 1, Map.of(), SUPERVISORS))
            .report("Invoices per customer, document and state")
            .build();

    @Override
    public ModuleDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
