package org.neiqin.catalog.internal;

import java.util.Map;
import java.util.Set;

import org.neiqin.api.ids.IdRun;
import org.neiqin.api.module.ModuleDescriptor;
import org.neiqin.api.module.NeiqinModule;
import org.neiqin.api.module.PermissionDef;
import org.neiqin.api.module.ReviewDef;
import org.neiqin.api.security.Roles;
import org.osgi.service.component.annotations.Component;

/** The module: its descriptor and every constant of it (permissions, audit entity, id run). */
@Component
public class CatalogModule implements NeiqinModule {
    public static final String ID = "catalog";
    /** The id run: table {@code CAT_ID} (created by V1), row {@link #ID}. */
    public static final IdRun IDS = new IdRun("CAT_ID", ID);
    /**
     * The module's name where no language is known (the modules list, the console's registration); the
     * console's menu and pages show {@code title.<page label>} of the messages, in the reader's language.
     */
    public static final String TITLE = "Products and prices";
    /** Audit entity of a product: its history. */
    public static final String ENTITY = "catalog.product";
    /** See the catalogue. */
    public static final String READ = "catalog.read";
    /** Enter and change products. */
    public static final String WRITE = "catalog.write";
    /** Discontinue a product (no new line may name it) or reinstate it. */
    public static final String DISCONTINUE = "catalog.discontinue";
    /** See what a product costs the company (its margin). */
    public static final String COST = org.neiqin.api.catalog.Catalog.COST;
    /** Prepare price lists and their versions (a supervisor approves each version). */
    public static final String PRICES = "catalog.prices";
    /** Audit entity of a price list, and of one of its versions. */
    public static final String PRICE_LIST = "catalog.priceList";
    public static final String PRICE_VERSION = "catalog.priceVersion";
    /** The review a price-list version goes through before it may take effect. */
    public static final String REVIEW_PRICES = "catalog.priceVersion";
    /** Audit entity of a unit-price request, and the review that decides it. */
    public static final String PRICE_REQUEST = "catalog.priceRequest";
    public static final String REVIEW_PRICE_REQUEST = "catalog.priceRequest";

    static final ModuleDescriptor DESCRIPTOR = ModuleDescriptor.builder(ID, "Products and prices 产品/价目表")
            .description("the product catalogue (产品档案) — code, name, model/specification, unit, weight, group, the tax"
                    + " classification code and VAT rate invoices need, cost price for those who may see margins, active or"
                    + " discontinued — and price lists (价目表) per customer, grade and region, in versions reviewed before"
                    + " they take effect")
            .permission(new PermissionDef(READ, "see the product catalogue", Set.of(Roles.ADMIN, Roles.MANAGER,
                    Roles.ASSISTANT, Roles.SALES, Roles.FINANCE, Roles.WAREHOUSE, Roles.PLANNING, Roles.AUDITOR)))
            .permission(new PermissionDef(WRITE, "enter and change products", Set.of(Roles.ADMIN, Roles.MANAGER,
                    Roles.ASSISTANT)))
            .permission(new PermissionDef(DISCONTINUE, "discontinue a product or reinstate it",
                    Set.of(Roles.ADMIN, Roles.MANAGER)))
            .permission(new PermissionDef(COST, "see what products cost the company (margins)",
                    Set.of(Roles.ADMIN, Roles.MANAGER, Roles.FINANCE)))
            .permission(new PermissionDef(PRICES, "prepare price lists and their versions",
                    Set.of(Roles.ADMIN, Roles.MANAGER, Roles.ASSISTANT)))
            .review(new ReviewDef(REVIEW_PRICES, 1, Map.of(), Set.of(Roles.ADMIN, Roles.MANAGER)))
            .review(new ReviewDef(REVIEW_PRICE_REQUEST, 1, Map.of(), Set.of(Roles.ADMIN, Roles.MANAGER)))
            .build();

    @Override
    public ModuleDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
