package org.neiqin.logistics.internal;

/** What a line of a delivery note carries: goods of the order, or what goes with them without a price. */
public enum LineKind {
    /** Goods against a line of the order or contract, counted against what was ordered. */
    GOODS,
    /** Samples (样品), gifts (赠品) and promotional material (宣传资料): no price, never billed. */
    SAMPLE, GIFT, MATERIAL
}
