package org.neiqin.leads.internal;

import java.util.Set;

import org.neiqin.api.ids.IdRun;
import org.neiqin.api.module.ModuleDescriptor;
import org.neiqin.api.module.NeiqinModule;
import org.neiqin.api.module.NumberingDef;
import org.neiqin.api.module.PermissionDef;
import org.neiqin.api.numbering.ResetPeriod;
import org.neiqin.api.security.Roles;
import org.osgi.service.component.annotations.Component;

/** The module: its descriptor and every constant of it (permissions, audit entities, numbering, id run). */
@Component
public class LeadsModule implements NeiqinModule {
    public static final String ID = "leads";
    /** The id run: table {@code LD_ID} (created by V1), row {@link #ID}. */
    public static final IdRun IDS = new IdRun("LD_ID", ID);
    public static final String TITLE = "Investment leads";

    /** Audit entities (a record's history) and numbering types. */
    public static final String LEAD = "leads.lead";
    public static final String OFFER = "leads.offer";
    public static final String RULE = "leads.rule";
    /** The intake and clock settings of {@code etc/org.neiqin.leads.cfg}: each change of the file in their history. */
    public static final String SETTINGS = "leads.settings";

    /** See the leads (a salesperson: their own and the public pool), offers, intelligence and reports. */
    public static final String READ = "leads.read";
    /** Enter leads, log calls, move one's own leads through the stages, take leads from the public pool. */
    public static final String WORK = "leads.work";
    /**
     * Assign leads by hand and see everyone's, write the assignment rules, publish offers (the back office and the
     * manager).
     */
    public static final String ASSIGN = "leads.assign";

    static final ModuleDescriptor DESCRIPTOR = ModuleDescriptor.builder(ID, TITLE)
            .description("Investment offers published on a public page; inquiries from the web form (rate-limited,"
                    + " without login), e-mail, chat, phone, exhibitions and ads, a repeat becoming a touch on its lead;"
                    + " assignment by rules with round robin and caps, the public pool; a follow-up clock; calls kept as"
                    + " market intelligence; a won lead becomes a customer file")
            .permission(new PermissionDef(READ, "see investment leads (a salesperson: their own and the public pool)",
                    Set.of(Roles.ADMIN, Roles.MANAGER, Roles.ASSISTANT, Roles.SALES, Roles.AUDITOR)))
            .permission(new PermissionDef(WORK, "enter leads, log calls, move one's leads, take from the public pool",
                    Set.of(Roles.ADMIN, Roles.MANAGER, Roles.ASSISTANT, Roles.SALES)))
            .permission(new PermissionDef(ASSIGN, "assign leads, write assignment rules, publish investment offers",
                    Set.of(Roles.ADMIN, Roles.MANAGER, Roles.ASSISTANT)))
            .numbering(new NumberingDef(LEAD, "XS{yyyy}-{seq:5}", ResetPeriod.YEARLY))
            .numbering(new NumberingDef(OFFER, "ZS-{seq:4}", ResetPeriod.NEVER))
            .report("Leads by source, region and stage; conversion rate and time; response time per salesperson; lost"
                    + " reasons; market intelligence per region and topic")
            .build();

    @Override
    public ModuleDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
