package org.neiqin.invoicing.internal;

import java.math.BigDecimal;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.neiqin.kit.store.Row;

/**
 * One line of an invoice: the order line it bills ({@code lineKey}) with its product, specification, unit and unit
 * price copied from it, the quantity billed, the tax classification code and rate, and the line's VAT figures.
 */
@Entity
@Table(name = "INV_LINE")
public class InvoiceLineEntity implements Row {
    @Id
    Long id;
    long invoiceId;
    int lineNo;
    long lineKey;
    Long productId;
    String productCode;
    String product;
    String spec;
    String unit;
    BigDecimal quantity;
    BigDecimal unitPrice;
    String taxCode;
    BigDecimal taxRate;
    BigDecimal amount;
    BigDecimal tax;
    BigDecimal total;
    /** On a credit note: the line of the corrected invoice this one credits. */
    Integer creditedLineNo;

    @Override
    public void assignId(long id) {
        this.id = id;
    }
}
