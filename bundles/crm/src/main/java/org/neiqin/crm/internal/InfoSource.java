package org.neiqin.crm.internal;

/** Where the facts on a card came from (资料来源). */
public enum InfoSource {
    /** A salesperson's visit report. */
    VISIT,
    /** A form the customer filled in. */
    CUSTOMER_FORM,
    /** A survey or credit agency. */
    SURVEY_AGENCY,
    OTHER
}
