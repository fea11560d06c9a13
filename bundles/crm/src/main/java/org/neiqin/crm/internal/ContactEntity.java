package org.neiqin.crm.internal;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A contact person of a customer. */
@Entity
@Table(name = "CRM_CONTACT")
public class ContactEntity {
    @Id
    Long id;
    Long customerId;
    String name;
    String roleTitle;
    String phone;
    String email;
    int position;
}
