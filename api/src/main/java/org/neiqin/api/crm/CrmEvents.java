package org.neiqin.api.crm;

/**
 * EventAdmin topics of the customer files, posted after commit.
 *
 * @since 0.1
 */
public final class CrmEvents {
    /**
     * A customer file was created by hand or over REST. Properties: {@link #CUSTOMER_ID}, {@link #CODE},
     * actor. An import sends one {@link #CUSTOMERS_IMPORTED} instead of one of these per card.
     */
    public static final String CUSTOMER_CREATED = "neiqin/crm/customer/CREATED";
    /**
     * Customer files were imported, all in one transaction. Properties: {@link #COUNT}, {@link #FIRST_CODE},
     * {@link #LAST_CODE} (the numbers were given in file order, without gaps), actor.
     *
     * @since 0.3
     */
    public static final String CUSTOMERS_IMPORTED = "neiqin/crm/customer/IMPORTED";
    /** A customer file was changed. Properties as above plus {@link #FIELDS}. */
    public static final String CUSTOMER_CHANGED = "neiqin/crm/customer/CHANGED";
    /** A customer file was archived. */
    public static final String CUSTOMER_ARCHIVED = "neiqin/crm/customer/ARCHIVED";

    /** Long: the customer id. */
    public static final String CUSTOMER_ID = "customerId";
    /** String: the customer number. */
    public static final String CODE = "code";
    /** Integer: how many customer files. */
    public static final String COUNT = "count";
    /** String: the number of the first customer imported. */
    public static final String FIRST_CODE = "firstCode";
    /** String: the number of the last customer imported. */
    public static final String LAST_CODE = "lastCode";
    /** String[]: the names of the changed fields. */
    public static final String FIELDS = "fields";

    private CrmEvents() {
    }
}
