package org.neiqin.crm.internal;

import java.util.Set;

import org.neiqin.api.ids.IdRun;
import org.neiqin.api.module.ModuleDescriptor;
import org.neiqin.api.module.NeiqinModule;
import org.neiqin.api.module.NumberingDef;
import org.neiqin.api.module.PermissionDef;
import org.neiqin.api.numbering.ResetPeriod;
import org.neiqin.api.security.Roles;
import org.osgi.service.component.annotations.Component;

/** The customer files module: its permissions and the numbering of customer codes. */
@Component
public class CrmModule implements NeiqinModule {
    public static final String ID = "crm";
    /** The module's id run: table {@code CRM_ID}, its row {@link #ID} holds the next id of every table of the module. */
    public static final IdRun IDS = new IdRun("CRM_ID", ID);
    /** Audit entity of a customer file: every change to a card, its contacts and follow-ups is in its history. */
    public static final String ENTITY = "crm.customer";
    /** Numbering type of customer codes. */
    public static final String NUMBERING = "crm.customer";
    /** See customer files (trade secrets: not every role). */
    public static final String READ = "crm.customer.read";
    /** Create and change customer cards and their contacts. */
    public static final String WRITE = "crm.customer.write";
    /** Import customer cards from CSV. */
    public static final String IMPORT = "crm.customer.import";
    /** Archive a customer (never delete). */
    public static final String ARCHIVE = "crm.customer.archive";

    static final ModuleDescriptor DESCRIPTOR = ModuleDescriptor.builder(ID, "Customer files 客户档案")
            .description("Customer cards with basic facts, characteristics, standing, trading status, segmentation, "
                    + "credit terms, contacts and change history")
            .permission(new PermissionDef(READ, "see customer files",
                    Set.of(Roles.ADMIN, Roles.MANAGER, Roles.ASSISTANT, Roles.SALES, Roles.FINANCE, Roles.AUDITOR)))
            .permission(new PermissionDef(WRITE, "create and change customer cards",
                    Set.of(Roles.ADMIN, Roles.MANAGER, Roles.ASSISTANT, Roles.SALES)))
            .permission(new PermissionDef(IMPORT, "import customer cards from CSV",
                    Set.of(Roles.ADMIN, Roles.MANAGER, Roles.ASSISTANT)))
            .permission(new PermissionDef(ARCHIVE, "archive customer files", Set.of(Roles.ADMIN, Roles.MANAGER)))
            .numbering(new NumberingDef(NUMBERING, "C{seq:5}", ResetPeriod.NEVER))
            .report("Customers per nature, grade, region and route")
            .build();

    @Override
    public ModuleDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
