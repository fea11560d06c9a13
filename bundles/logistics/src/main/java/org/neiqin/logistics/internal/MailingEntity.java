package org.neiqin.logistics.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.neiqin.kit.store.Recorded;

/** Materials or samples sent out (寄出资料/样品). */
@Entity
@Table(name = "LG_MAILING")
public class MailingEntity extends Recorded {
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

    @Override
    public String reference() {
        return code;
    }
}
