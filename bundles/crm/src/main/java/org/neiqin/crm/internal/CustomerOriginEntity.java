package org.neiqin.crm.internal;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** Where a customer file opened by another module came from ({@code leads.lead:42}): one file per origin. */
@Entity
@Table(name = "CRM_ORIGIN")
public class CustomerOriginEntity {
    @Id
    String origin;
    long customerId;
    String reference;
}
