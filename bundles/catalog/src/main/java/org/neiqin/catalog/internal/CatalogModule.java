package org.neiqin.catalog.internal;

import java.util.Set;

import org.neiqin.api.ids.IdRun;
import org.neiqin.api.module.ModuleDescriptor;
import org.neiqin.api.module.NeiqinModule;
import org.neiqin.api.module.PermissionDef;
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
    public static final String COST = "catalog.cost";

    static final ModuleDescriptor DESCRIPTOR = ModuleDescriptor.builder(ID, "Products and prices 产品/价目表")
            .description("the product catalogue (产品档案) — code, name, model/specification, unit, weight, group, the tax"
                    + " classification code and VAT rate invoices need, cost price for those who may see margins, active or"
                    + " discontinued")
            .permission(new PermissionDef(READ, "see the product catalogue", Set.of(Roles.ADMIN, Roles.MANAGER,
                    Roles.ASSISTANT, Roles.SALES, Roles.FINANCE, Roles.WAREHOUSE, Roles.AUDITOR)))
            .permission(new PermissionDef(WRITE, "enter and change products", Set.of(Roles.ADMIN, Roles.MANAGER,
                    Roles.ASSISTANT)))
            .permission(new PermissionDef(DISCONTINUE, "discontinue a product or reinstate it",
                    Set.of(Roles.ADMIN, Roles.MANAGER)))
            .permission(new PermissionDef(COST, "see what products cost the company (margins)",
                    Set.of(Roles.ADMIN, Roles.MANAGER, Roles.FINANCE)))
            .build();

    @Override
    public ModuleDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
