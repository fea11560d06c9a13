package org.neiqin.logistics.internal;

import java.math.BigDecimal;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.neiqin.kit.store.Row;

/** A line of a return: how much of one line of goods of the note comes back. */
@Entity
@Table(name = "LG_RETURN_LINE")
public class ReturnLineEntity implements Row {
    @Id
    Long id;
    long returnId;
    long noteLineId;
    int noteLineNo;
    long contractLineId;
    String product;
    String unit;
    BigDecimal quantity;
    BigDecimal amount;

    @Override
    public void assignId(long id) {
        this.id = id;
    }
}
