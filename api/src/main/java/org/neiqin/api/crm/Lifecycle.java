package org.neiqin.api.crm;

/**
 * Where a customer stands in time (客户细分: 按时间).
 *
 * @since 0.1
 */
public enum Lifecycle {
    /** 潜在客户: not buying yet. */
    PROSPECTIVE,
    /** 新客户. */
    NEW,
    /** 现有客户. */
    EXISTING,
    /** 过去客户: no longer trading; the file is kept. */
    DORMANT
}
