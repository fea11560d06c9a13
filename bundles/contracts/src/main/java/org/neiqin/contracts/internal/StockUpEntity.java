package org.neiqin.contracts.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.neiqin.kit.store.Row;
import org.neiqin.kit.store.Versioned;

/** A stock-up request (备货申请) for one line of an order or contract. */
@Entity
@Table(name = "CT_STOCK_UP")
public class StockUpEntity implements Row, Versioned {
    @Id
    Long id;
    @Version
    int version;
    Long documentId;
    Long lineKey;
    String product;
    BigDecimal quantityNeeded;
    String unit;
    BigDecimal stockOnHand;
    LocalDate neededBy;
    String note;
    @Enumerated(EnumType.STRING)
    StockUpState state;
    String answer;
    String requestedBy;
    Instant requestedAt;
    String handledBy;
    Instant handledAt;

    @Override
    public void assignId(long id) {
        this.id = id;
    }

    @Override
    public int version() {
        return version;
    }

    @Override
    public String reference() {
        return String.valueOf(id);
    }
}
