package org.neiqin.logistics.internal;

import java.math.BigDecimal;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import org.neiqin.kit.store.Row;

/** A line of a delivery note: goods against an order line, or a sample, gift or material without price. */
@Entity
@Table(name = "LG_NOTE_LINE")
public class NoteLineEntity implements Row {
    @Id
    Long id;
    long noteId;
    int lineNo;
    @Enumerated(EnumType.STRING)
    LineKind kind;
    Long contractLineId;
    String product;
    String spec;
    String unit;
    BigDecimal quantity;
    String batch;
    BigDecimal unitPrice;
    BigDecimal amount;

    @Override
    public void assignId(long id) {
        this.id = id;
    }
}
