package org.neiqin.invoicing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.neiqin.kit.store.Recorded;

/**
 * Money received from a customer (收款): its day, how, the amount and the bank's or bill's reference; {@code allocated}
 * is what was matched to invoices so far, the rest is an advance on the customer's account (预收) until applied.
 */
@Entity
@Table(name = "INV_RECEIPT")
public class ReceiptEntity extends Recorded {
    long customerId;
    String customerName;
    LocalDate receivedOn;
    @Enumerated(EnumType.STRING)
    PaymentMethod method;
    String currency;
    BigDecimal amount;
    BigDecimal allocated;
    String reference;
    String note;

    @Override
    public String reference() {
        return String.valueOf(id);
    }
}
