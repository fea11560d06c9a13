package org.neiqin.api.security;

import java.util.List;

/**
 * The Karaf JAAS role names Neiqin knows. A user holds them in {@code etc/users.properties}
 * (or any JAAS realm named {@code karaf}). Which role may do what is configured per permission
 * (module descriptors give defaults, {@code etc/org.neiqin.security.cfg} overrides them).
 *
 * @since 0.1
 */
public final class Roles {
    /** Neiqin administrator: configures Neiqin, sees everything in it. Not Karaf's {@code admin}. */
    public static final String ADMIN = "neiqin-admin";
    /** Sales manager (销售经理): reviews and approves, reads reports. */
    public static final String MANAGER = "neiqin-manager";
    /** Sales assistant (内勤): prepares documents. */
    public static final String ASSISTANT = "neiqin-assistant";
    /** Salesperson (业务员). */
    public static final String SALES = "neiqin-sales";
    /** Finance (财务): issues invoices, confirms payments. */
    public static final String FINANCE = "neiqin-finance";
    /**
     * Warehouse (仓库): checks that the goods, batches and quality match a delivery note before they
     * leave, so that the one who prepared the note does not check her own goods.
     *
     * @since 0.2
     */
    public static final String WAREHOUSE = "neiqin-warehouse";
    /**
     * Planning clerk (计划部专员): checks stock for a confirmed order, raises a production order where
     * needed and commits the date each line can ship.
     *
     * @since 0.3
     */
    public static final String PLANNING = "neiqin-planning";
    /** Auditor: reads everything, changes nothing. */
    public static final String AUDITOR = "neiqin-auditor";

    /** Karaf's own administrator role; the only one that reaches Karaf's system pages. */
    public static final String KARAF_ADMIN = "admin";

    /** Every Neiqin role, in the order pages list them. */
    public static final List<String> ALL = List.of(ADMIN, MANAGER, ASSISTANT, SALES, FINANCE, WAREHOUSE, PLANNING,
            AUDITOR);

    private Roles() {
    }
}
