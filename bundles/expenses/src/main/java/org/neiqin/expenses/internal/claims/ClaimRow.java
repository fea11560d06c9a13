package org.neiqin.expenses.internal.claims;

import java.math.BigDecimal;
import java.time.Instant;

/** One line of the claims list. */
public record ClaimRow(long id, String code, int version, ClaimState state, String stage, String claimant,
        String purpose, BigDecimal total, String currency, String higher, Instant updatedAt) {
    static final String COLUMNS = "v.id, v.code, v.version, v.state, v.stage, v.claimant, v.purpose, v.total, v.currency,"
            + " v.higher, v.stamps.updatedAt";

    static ClaimRow of(Object[] r) {
        return new ClaimRow((Long) r[0], (String) r[1], (Integer) r[2], (ClaimState) r[3], (String) r[4], (String) r[5],
                (String) r[6], (BigDecimal) r[7], (String) r[8], (String) r[9], (Instant) r[10]);
    }
}
