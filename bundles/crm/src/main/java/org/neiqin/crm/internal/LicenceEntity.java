package org.neiqin.crm.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.neiqin.kit.store.Row;

/** A licence or certificate of a customer, with its expiry. */
@Entity
@Table(name = "CRM_LICENCE")
public class LicenceEntity implements Row {
    @Id
    Long id;
    Long customerId;
    String name;
    @Column(name = "LICENCE_NUMBER")
    String number;
    LocalDate expiresOn;
    boolean verified;

    @Override
    public void assignId(long id) {
        this.id = id;
    }
}
