package org.neiqin.logistics.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.neiqin.api.crm.PaymentTerms;
import org.neiqin.api.money.Money;

/** One line of the list of delivery notes, read without loading whole notes. */
public record NoteRow(long id, String code, int version, NoteState state, String documentNumber, String customerName,
        LocalDate promisedOn, Money amount, Gate gate, boolean late) {
    static final String COLUMNS = "v.id, v.code, v.version, v.state, v.documentNumber, v.customerName, v.promisedOn,"
            + " v.amount, v.currency, v.paymentTerms, v.financeSignedBy";

    static NoteRow of(Object[] r, LocalDate today) {
        NoteState state = (NoteState) r[3];
        LocalDate promised = (LocalDate) r[6];
        Gate gate = Gate.of((PaymentTerms) r[9], (String) r[10]);
        return new NoteRow((Long) r[0], (String) r[1], (Integer) r[2], state, (String) r[4], (String) r[5], promised,
                Money.of((BigDecimal) r[7], (String) r[8]), gate, Notes.late(state, promised, today));
    }
}
