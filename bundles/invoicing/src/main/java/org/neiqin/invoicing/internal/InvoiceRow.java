package org.neiqin.invoicing.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.neiqin.api.money.Money;

/** One line of the list: only the columns the list shows, read without loading whole invoices. */
public record InvoiceRow(long id, String number, int version, InvoiceState state, String documentNumber,
        String customerName, InvoiceType invoiceType, Money total, LocalDate issuedOn, Instant updatedAt) {
    /** The JPQL columns of a row, in the order of {@link #of(Object[])}. */
    static final String COLUMNS = "v.id, v.number, v.version, v.state, v.documentNumber, v.customerName, v.invoiceType,"
            + " v.total, v.currency, v.issuedOn, v.stamps.updatedAt";

    static InvoiceRow of(Object[] r) {
        return new InvoiceRow((Long) r[0], (String) r[1], (Integer) r[2], (InvoiceState) r[3], (String) r[4],
                (String) r[5], (InvoiceType) r[6], Money.of((BigDecimal) r[7], (String) r[8]), (LocalDate) r[9],
                (Instant) r[10]);
    }
}
