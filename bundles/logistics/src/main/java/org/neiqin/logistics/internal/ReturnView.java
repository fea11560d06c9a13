package org.neiqin.logistics.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.neiqin.api.money.Money;

/** A return or exchange as users read it. */
public record ReturnView(long id, String code, int version, ReturnKind kind, ReturnState state, long note,
        String noteCode, long document, String documentNumber, String customerName, String reason, Money amount,
        List<Line> lines, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    /** A line: the note's line it takes back, and how much. */
    public record Line(int noteLine, long orderLine, String product, String unit, BigDecimal quantity, Money amount) {
    }
}
