package org.neiqin.logistics.internal;

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

/** The logistics module: its permissions, the numbering of delivery notes and their review. */
@Component
public class LogisticsModule implements NeiqinModule {
    public static final String ID = "logistics";
    /** The id run: table {@code LG_ID}, row {@link #ID}. */
    public static final IdRun IDS = new IdRun("LG_ID", ID);
    /** Audit entity of a delivery note. */
    public static final String ENTITY = "logistics.note";
    /** Numbering of delivery notes (发货单): FH202612-0001, a run per month. */
    public static final String NUMBERING = "logistics.note";
    /** The review a note needs before it ships (a second person; the preparer never approves). */
    public static final String REVIEW = "logistics.note";
    /** The manager's approval a credit customer's note needs when it is over the limit at release. */
    public static final String CREDIT_REVIEW = "logistics.credit";
    /** Audit entity of a return or exchange. */
    public static final String RETURN_ENTITY = "logistics.return";
    /** Numbering of returns and exchanges (退换货): TH202612-0001, a run per month. */
    public static final String RETURN_NUMBERING = "logistics.return";
    /** The review a return needs before it counts (a second person). */
    public static final String RETURN_REVIEW = "logistics.return";
    /** Audit entity of a logistics company of the register. */
    public static final String CARRIER_ENTITY = "logistics.carrier";
    /** Enter logistics companies in the register. */
    public static final String CARRIERS = "logistics.carriers";
    /** Screen a logistics company before it is used (资质审核). */
    public static final String SCREEN = "logistics.carriers.screen";
    /** Audit entity of materials or samples sent out. */
    public static final String MAILING_ENTITY = "logistics.mailing";
    /** Numbering of materials and samples sent out (寄出登记): JC202612-0001, a run per month. */
    public static final String MAILING_NUMBERING = "logistics.mailing";
    /** See delivery notes. */
    public static final String READ = "logistics.read";
    /** Prepare delivery notes and record their shipping and tracking. */
    public static final String WRITE = "logistics.write";
    /** Sign that the money for a prepaid note has arrived (财务签字准许装车). */
    public static final String FINANCE_SIGN = "logistics.finance.sign";
    /** Confirm, for the warehouse, that the goods match the note (仓库核实出货). */
    public static final String WAREHOUSE = "logistics.warehouse";
    /** Let a prepaid note go before the money, with a reason (特殊情况特殊处理); finance signs it too. */
    public static final String EXCEPTION = "logistics.exception";

    static final ModuleDescriptor DESCRIPTOR = ModuleDescriptor.builder(ID, "Logistics 发货")
            .description("Delivery notes against orders and contracts in force, their review, the payment gate,"
                    + " shipping and tracking; returns and exchanges; the register of carriers; materials and samples sent out")
            .permission(new PermissionDef(READ, "see delivery notes",
                    Set.of(Roles.ADMIN, Roles.MANAGER, Roles.ASSISTANT, Roles.SALES, Roles.FINANCE, Roles.WAREHOUSE,
                            Roles.PLANNING, Roles.AUDITOR)))
            .permission(new PermissionDef(WRITE, "prepare delivery notes, record shipping and tracking",
                    Set.of(Roles.ADMIN, Roles.MANAGER, Roles.ASSISTANT)))
            .permission(new PermissionDef(FINANCE_SIGN, "sign that the money for a prepaid delivery has arrived",
                    Set.of(Roles.ADMIN, Roles.FINANCE)))
            .permission(new PermissionDef(WAREHOUSE, "confirm that the goods, batches and quality match the note",
                    Set.of(Roles.ADMIN, Roles.WAREHOUSE)))
            .permission(new PermissionDef(EXCEPTION, "let a prepaid delivery go before the money, with a reason",
                    Set.of(Roles.ADMIN, Roles.MANAGER)))
            .permission(new PermissionDef(CARRIERS, "enter logistics companies and their agreements in the register",
                    Set.of(Roles.ADMIN, Roles.MANAGER, Roles.ASSISTANT)))
            .permission(new PermissionDef(SCREEN, "screen a logistics company before it carries goods",
                    Set.of(Roles.ADMIN, Roles.MANAGER)))
            .numbering(new NumberingDef(NUMBERING, "FH{yyyy}{MM}-{seq:4}", ResetPeriod.MONTHLY))
            .numbering(new NumberingDef(MAILING_NUMBERING, "JC{yyyy}{MM}-{seq:4}", ResetPeriod.MONTHLY))
            .numbering(new NumberingDef(RETURN_NUMBERING, "TH{yyyy}{MM}-{seq:4}", ResetPeriod.MONTHLY))
            .review(new ReviewDef(REVIEW, 1, Map.of(), Set.of(Roles.MANAGER, Roles.ASSISTANT)))
            .review(new ReviewDef(CREDIT_REVIEW, 1, Map.of(), Set.of(Roles.MANAGER)))
            .review(new ReviewDef(RETURN_REVIEW, 1, Map.of(), Set.of(Roles.MANAGER, Roles.ASSISTANT)))
            .build();

    @Override
    public ModuleDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
