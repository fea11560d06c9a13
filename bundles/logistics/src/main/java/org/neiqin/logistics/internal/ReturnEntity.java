package org.neiqin.logistics.internal;

import java.math.BigDecimal;
import java.time.Instant;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.neiqin.kit.store.Row;
import org.neiqin.kit.store.Versioned;

/** A return or exchange (退换货) of goods of one delivery note. */
@Entity
@Table(name = "LG_RETURN")
public class ReturnEntity implements Row, Versioned {
    @Id
    Long id;
    @Version
    int version;
    String code;
    @Enumerated(EnumType.STRING)
    ReturnKind kind;
    @Enumerated(EnumType.STRING)
    ReturnState state;
    long noteId;
    String noteCode;
    long documentId;
    String documentNumber;
    String customerName;
    String reason;
    String currency;
    BigDecimal amount;
    Instant createdAt;
    String createdBy;
    Instant updatedAt;
    String updatedBy;

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
        return code;
    }
}
