package org.neiqin.logistics.internal;

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

/** A logistics company (物流公司) of the register. */
@Entity
@Table(name = "LG_CARRIER")
public class CarrierEntity implements Row, Versioned, Stamped {
    @Id
    Long id;
    @Version
    int version;
    String name;
    String contact;
    String phone;
    String agreement;
    String rates;
    LocalDate validFrom;
    LocalDate validTo;
    String screenedBy;
    Instant screenedAt;
    String screeningNote;
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
        return name;
    }

    @Override
    public Stamps stamps() {
        return stamps;
    }
}
