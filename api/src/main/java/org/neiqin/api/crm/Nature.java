package org.neiqin.api.crm;

/**
 * What kind of party the customer is (客户性质).
 *
 * @since 0.1
 */
public enum Nature {
    /** 政府机构. */
    GOVERNMENT,
    /** 特殊公司. */
    SPECIAL_COMPANY,
    /** 普通公司. */
    GENERAL_COMPANY,
    /** 个人. */
    INDIVIDUAL,
    /** 业务伙伴. */
    PARTNER
}
