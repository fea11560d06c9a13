package org.neiqin.logistics.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.neiqin.kit.store.Row;
import org.neiqin.kit.store.Stamped;
import org.neiqin.kit.store.Stamps;
import org.neiqin.kit.store.Versioned;

/** Materials or samples sent out (寄出资料/样品). */
@Entity
@Table(name = "LG_MAILING")
public class MailingEntity implements Row, Versioned, Stamped {
    @Id
    Long id;
    @Version
    int version;
    String code;
    @Enumerated(EnumType.STRING)
    LineKind kind;
    String what;
    BigDecimal quantity;
    Long customerId;
    String recipient;
    String address;
    @Enumerated(EnumType.STRING)
    MailMethod method;
    BigDecimal cost;
    String tracking;
    LocalDate sentOn;
    String checkedBy;
    Instant checkedAt;
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
        return code;
    }

    @Override
    public Stamps stamps() {
        return stamps;
    }
}
