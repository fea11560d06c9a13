package org.neiqin.contracts.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.neiqin.api.contracts.DocumentKind;
import org.neiqin.api.contracts.DocumentState;
import org.neiqin.api.money.Money;

/**
 * One line of the ledger (REST, console, shell): the columns a list shows, read without loading
 * the document's header, lines and revisions. The document itself is {@link DocumentView}.
 */
public record DocumentRow(long id, DocumentKind kind, String number, DocumentState state, int version, int revision,
        Long customerId, String customerName, LocalDate documentDate, LocalDate deliveryDate, String salesperson,
        String region, Money total, Instant updatedAt) {

    /** The JPQL columns of a row, in the order of {@link #of(Object[])}. */
    static final String COLUMNS = "d.id, d.kind, d.number, d.state, d.version, d.revision, d.customerId, "
            + "d.customerName, d.documentDate, d.deliveryDate, d.salesperson, d.region, d.total, d.currency, d.stamps.updatedAt";

    static DocumentRow of(Object[] r) {
        return new DocumentRow((Long) r[0], (DocumentKind) r[1], (String) r[2], (DocumentState) r[3], (Integer) r[4],
                (Integer) r[5], (Long) r[6], (String) r[7], (LocalDate) r[8], (LocalDate) r[9], (String) r[10],
                (String) r[11], Money.of((BigDecimal) r[12], (String) r[13]), (Instant) r[14]);
    }

    /** @return the number, or a draft mark for a document that has none yet. */
    public String displayNumber() {
        return DocumentRules.displayNumber(number, id);
    }
}
