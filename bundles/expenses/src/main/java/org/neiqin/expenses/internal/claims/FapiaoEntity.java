package org.neiqin.expenses.internal.claims;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A fapiao number a claim holds: each number is claimed once across all claims (its primary key). */
@Entity
@Table(name = "EXP_FAPIAO")
public class FapiaoEntity {
    @Id
    String number;
    long claimId;
}
