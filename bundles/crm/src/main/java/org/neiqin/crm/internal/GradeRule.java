package org.neiqin.crm.internal;

import java.math.BigDecimal;

import org.neiqin.api.crm.Grade;

/**
 * Grade by annual volume: at least {@code key} → key customer (A), at least {@code general} →
 * general (B), otherwise scattered (C). The company sets both thresholds.
 */
public record GradeRule(BigDecimal key, BigDecimal general) {
    public GradeRule {
        if (key.compareTo(general) < 0) {
            throw new IllegalArgumentException("the key-customer threshold must not be below the general one");
        }
    }

    public Grade grade(BigDecimal annualVolume) {
        if (annualVolume == null) {
            return Grade.SCATTERED;
        }
        if (annualVolume.compareTo(key) >= 0) {
            return Grade.KEY;
        }
        return annualVolume.compareTo(general) >= 0 ? Grade.GENERAL : Grade.SCATTERED;
    }
}
