package org.neiqin.logistics.internal;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Entity;
import javax.persistence.Table;

import org.neiqin.kit.store.Recorded;

/** A logistics company (物流公司) of the register. */
@Entity
@Table(name = "LG_CARRIER")
public class CarrierEntity extends Recorded {
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

    @Override
    public String reference() {
        return name;
    }
}
