package org.neiqin.logistics.internal;

/** How the goods travel. */
public enum DeliveryMethod {
    /** By a logistics company (物流公司). */
    CARRIER,
    /** By express courier (快递). */
    EXPRESS,
    /** On the company's own truck (自有车辆). */
    OWN_TRUCK,
    /** Collected by the customer (客户自提). */
    PICKUP
}
