package org.neiqin.contracts.internal;

import java.math.BigDecimal;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.neiqin.kit.store.Row;

/** One line of one revision of a document. {@code lineKey} stays the same for a line across revisions. */
@Entity
@Table(name = "CT_LINE")
public class LineEntity implements Row {
    @Id
    Long id;
    Long documentId;
    int revision;
    int lineNo;
    Long lineKey;
    String product;
    String spec;
    BigDecimal quantity;
    String unit;
    BigDecimal unitPrice;
    BigDecimal amount;
    BigDecimal weight;
    /** The catalogue's product the line names, and its code on the day the line was written; none for free text. */
    Long productId;
    String productCode;
    /** The price lists' price for the customer on the document's date when the line was written, if any. */
    BigDecimal listPrice;

    @Override
    public void assignId(long id) {
        this.id = id;
    }
}
