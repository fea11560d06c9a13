package org.neiqin.leads.internal.calls;

/** What a call's intelligence is about (市场/竞争/政策). Labels are {@code enum.Topic.<NAME>}. */
public enum Topic {
    MARKET,
    COMPETITOR,
    POLICY,
    PRICE,
    PRODUCT,
    OTHER
}
