package org.neiqin.leads.internal.offers;

/** What is offered. Labels are {@code enum.OfferKind.<NAME>}. */
public enum OfferKind {
    /** 经销商: a dealership. */
    DEALERSHIP,
    /** 区域分销: distribution in a region. */
    DISTRIBUTION,
    /** 代理: an agency. */
    AGENCY,
    /** 加盟: a franchise. */
    FRANCHISE
}
