package org.neiqin.crm.internal;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.neiqin.kit.store.Row;

/** A contact person of a customer. */
@Entity
@Table(name = "CRM_CONTACT")
public class ContactEntity implements Row {
    @Id
    Long id;
    Long customerId;
    String name;
    String roleTitle;
    String phone;
    String email;
    int position;

    @Override
    public void assignId(long id) {
        this.id = id;
    }
}
