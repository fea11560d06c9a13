package org.neiqin.logistics.internal;

import java.math.BigDecimal;

import org.neiqin.api.contracts.ContractLine;

/** An order line as the new-note form shows it: what notes not cancelled take of it, what accepted returns brought back, and what is left. */
public record OrderLine(ContractLine line, BigDecimal onNotes, BigDecimal returned, BigDecimal remaining) {
}
