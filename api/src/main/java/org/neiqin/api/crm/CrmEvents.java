package org.neiqin.api.crm;

/**
 * EventAdmin topics of the customer files, posted after commit.
 *
 * @since 0.1
 */
public final class CrmEvents {
    /** A customer file was created. Properties: {@link #CUSTOMER_ID}, {@link #CODE}, actor. */
    public static final String CUSTOMER_CREATED = "neiqin/crm/customer/CREATED";
    /** A customer file was changed. Properties as above plus {@link #FIELDS}. */
    public static final String CUSTOMER_CHANGED = "neiqin/crm/customer/CHANGED";
    /** A customer file was archived. */
    public static final String CUSTOMER_ARCHIVED = "neiqin/crm/customer/ARCHIVED";

    /** Long: the customer id. */
    public static final String CUSTOMER_ID = "customerId";
    /** String: the customer number. */
    public static final String CODE = "code";
    /** String[]: the names of the changed fields. */
    public static final String FIELDS = "fields";

    private CrmEvents() {
    }
}
