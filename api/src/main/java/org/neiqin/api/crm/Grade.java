package org.neiqin.api.crm;

/**
 * Customer grade by volume (按交易量): thresholds are configured by the company.
 *
 * @since 0.1
 */
public enum Grade {
    /** A, 主要客户. */
    KEY,
    /** B, 一般客户. */
    GENERAL,
    /** C, 零散客户. */
    SCATTERED
}
