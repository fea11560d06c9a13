package org.neiqin.leads.internal.assign;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * How many open leads a salesperson holds: taken up by one conditional UPDATE that also checks the cap, so two
 * assignments at once never take a person past it.
 */
@Entity
@Table(name = "LD_HOLDER")
public class HolderEntity {
    @Id
    public String login;
    public int holding;
}
