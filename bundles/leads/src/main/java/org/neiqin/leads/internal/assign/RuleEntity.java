package org.neiqin.leads.internal.assign;

import javax.persistence.Entity;
import javax.persistence.Table;

import org.neiqin.kit.store.Recorded;

/**
 * An assignment rule: the leads it takes (a region, a product, a source; empty takes any) and the salespeople who get
 * them in turn. {@code lastTurn} is whose turn it was last: the next eligible after them gets the next lead.
 */
@Entity
@Table(name = "LD_RULE")
public class RuleEntity extends Recorded {
    public String name;
    public int priority;
    public String region;
    public String product;
    public String source;
    public String people;
    public boolean active;
    public String lastTurn;

    @Override
    public String reference() {
        return name;
    }
}
