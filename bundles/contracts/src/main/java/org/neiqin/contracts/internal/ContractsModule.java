package org.neiqin.contracts.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import org.neiqin.api.contracts.DocumentKind;
import org.neiqin.api.ids.IdRun;
import org.neiqin.api.module.ModuleDescriptor;
import org.neiqin.api.module.NeiqinModule;
import org.neiqin.api.module.NumberingDef;
import org.neiqin.api.module.PermissionDef;
import org.neiqin.api.module.ReviewDef;
import org.neiqin.api.numbering.ResetPeriod;
import org.neiqin.api.security.Roles;
import org.osgi.service.component.annotations.Component;

/** The contracts module: permissions, numbering of each kind of document and its review rules. */
@Component
public class ContractsModule implements NeiqinModule {
    public static final String ID = "contracts";
    /** The module's id run: table {@code CT_ID}, its row {@link #ID} holds the next id of every table of the module. */
    public static final IdRun IDS = new IdRun("CT_ID", ID);
    /** See quotations, orders, contracts, schedules and statistics. */
    public static final String READ = "contracts.read";
    /** Prepare and change drafts, submit them, request amendments and stock-ups. */
    public static final String WRITE = "contracts.write";
    /** Close an order or contract in force. */
    public static final String CLOSE = "contracts.close";
    /** Answer stock-up requests (purchasing). */
    public static final String STOCK = "contracts.stock";
    /** Commit the date each line of an order or contract in force can ship (the planning clerk). */
    public static final String PLAN = "contracts.plan";

    /** Audit entity of every document. */
    static final String ENTITY = "contracts.document";

    /** Review types: price approval, supervisor review of orders and contracts, amendments, credit. */
    public static final String REVIEW_QUOTATION = "contracts.quotation";
    public static final String REVIEW_ORDER = "contracts.order";
    public static final String REVIEW_CONTRACT = "contracts.contract";
    public static final String REVIEW_AMENDMENT = "contracts.amendment";
    public static final String REVIEW_CREDIT = "contracts.credit";
    static final String[] REVIEW_TYPES = {REVIEW_QUOTATION, REVIEW_ORDER, REVIEW_CONTRACT, REVIEW_AMENDMENT,
        REVIEW_CREDIT};

    private static final Set<String> SUPERVISORS = Set.of(Roles.ADMIN, Roles.MANAGER);

    static final ModuleDescriptor DESCRIPTOR = ModuleDescriptor.builder(ID, "Contracts and orders 合同/订单")
            .description("Quotations, sales orders, the contract ledger, amendments, stock-up requests, committed ship "
                    + "dates, fulfilment schedules and statistics")
            .permission(new PermissionDef(READ, "see quotations, orders, contracts and their schedules",
                    Set.of(Roles.ADMIN, Roles.MANAGER, Roles.ASSISTANT, Roles.SALES, Roles.FINANCE, Roles.PLANNING,
                            Roles.AUDITOR)))
            .permission(new PermissionDef(WRITE, "prepare quotations, orders and contracts",
                    Set.of(Roles.ADMIN, Roles.MANAGER, Roles.ASSISTANT, Roles.SALES)))
            .permission(new PermissionDef(CLOSE, "close orders and contracts", SUPERVISORS))
            .permission(new PermissionDef(STOCK, "answer stock-up requests",
                    Set.of(Roles.ADMIN, Roles.MANAGER, Roles.ASSISTANT)))
            .permission(new PermissionDef(PLAN, "commit the date each line of an order or contract can ship",
                    Set.of(Roles.ADMIN, Roles.PLANNING)))
            .numbering(new NumberingDef(numbering(DocumentKind.QUOTATION), "BJ{yyyy}{MM}-{seq:4}", ResetPeriod.MONTHLY))
            .numbering(new NumberingDef(numbering(DocumentKind.ORDER), "{region}-{city}-NO.{seq:4}", ResetPeriod.NEVER))
            .numbering(new NumberingDef(numbering(DocumentKind.SALES_CONTRACT), "HT{yyyy}-{seq:4}", ResetPeriod.YEARLY))
            .numbering(new NumberingDef(numbering(DocumentKind.PURCHASE_CONTRACT), "CG{yyyy}-{seq:4}",
                    ResetPeriod.YEARLY))
            .numbering(new NumberingDef(numbering(DocumentKind.DISTRIBUTION_AGREEMENT), "JX{yyyy}-{seq:3}",
                    ResetPeriod.YEARLY))
            .review(new ReviewDef(REVIEW_QUOTATION, 1, Map.of(), SUPERVISORS))
            .review(new ReviewDef(REVIEW_ORDER, 1, Map.of(new BigDecimal("500000"), 2), SUPERVISORS))
            .review(new ReviewDef(REVIEW_CONTRACT, 1, Map.of(new BigDecimal("1000000"), 2), SUPERVISORS))
            .review(new ReviewDef(REVIEW_AMENDMENT, 1, Map.of(), SUPERVISORS))
            .review(new ReviewDef(REVIEW_CREDIT, 1, Map.of(), Set.of(Roles.MANAGER)))
            .report("Contract count, value and fulfilment rate per month, quarter and year")
            .report("Fulfilment schedule and statement per contract")
            .report("Receivables per contract")
            .build();

    /** @return the numbering type of a kind of document, e.g. {@code contracts.order}. */
    static String numbering(DocumentKind kind) {
        switch (kind) {
            case QUOTATION: return "contracts.quotation";
            case ORDER: return "contracts.order";
            case SALES_CONTRACT: return "contracts.sales";
            case PURCHASE_CONTRACT: return "contracts.purchase";
            default: return "contracts.distribution";
        }
    }

    /** @return the review type deciding whether a draft of this kind takes effect. */
    static String review(DocumentKind kind) {
        return kind == DocumentKind.QUOTATION ? REVIEW_QUOTATION
                : kind == DocumentKind.ORDER ? REVIEW_ORDER : REVIEW_CONTRACT;
    }

    @Override
    public ModuleDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
