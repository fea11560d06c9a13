package org.neiqin.contracts.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.neiqin.kit.store.Row;
import org.neiqin.kit.store.Stamped;
import org.neiqin.kit.store.Stamps;
import org.neiqin.kit.store.Versioned;

/**
 * What planning answered for one line of an order or contract in force (计划部回复交期): the stock it found, the
 * production order it raised, the date the line can ship; and how often the office chased it, and when the office
 * told the customer of a date later than promised. Made by the first chase or the first commitment.
 */
@Entity
@Table(name = "CT_SHIP_DATE")
public class ShipDateEntity implements Row, Versioned, Stamped {
    @Id
    Long id;
    @Version
    int version;
    Long documentId;
    Long lineKey;
    BigDecimal stockOnHand;
    String productionOrder;
    LocalDate committedDate;
    String note;
    String committedBy;
    Instant committedAt;
    int chases;
    String chasedBy;
    Instant chasedAt;
    String toldBy;
    Instant toldAt;
    @Embedded
    Stamps stamps = new Stamps();

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

    @Override
    public Stamps stamps() {
        return stamps;
    }
}
