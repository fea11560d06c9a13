package org.neiqin.leads.internal;

/** Where an inquiry came from (线索来源); an ad names its keyword. Labels are {@code enum.LeadSource.<NAME>}. */
public enum LeadSource {
    WEB_FORM,
    EMAIL,
    CHAT,
    PHONE,
    EXHIBITION,
    AD,
    REFERRAL,
    OTHER
}
