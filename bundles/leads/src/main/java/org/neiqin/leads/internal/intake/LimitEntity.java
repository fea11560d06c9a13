package org.neiqin.leads.internal.intake;

import java.time.Instant;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A counter of public submissions: one per client address, phone number or e-mail address ({@code ip:…},
 * {@code phone:…}, {@code email:…}), counted in its window; in the database, so that every node counts the same.
 */
@Entity
@Table(name = "LD_LIMIT")
public class LimitEntity {
    @Id
    public String counter;
    public Instant windowStart;
    public int hits;
}
