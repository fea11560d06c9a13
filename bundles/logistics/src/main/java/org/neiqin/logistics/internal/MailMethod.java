package org.neiqin.logistics.internal;

/** How materials and samples are sent: express courier, post, by hand, or with a delivery of goods. */
public enum MailMethod {
    EXPRESS, POST, BY_HAND, WITH_GOODS
}
