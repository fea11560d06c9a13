package org.neiqin.crm.internal;

import java.time.Instant;

import org.neiqin.api.crm.CustomerSummary;
import org.neiqin.api.crm.Grade;
import org.neiqin.api.crm.Lifecycle;
import org.neiqin.api.crm.Nature;

/**
 * One line of the customer list (REST, console, shell): the columns a list shows, read without
 * loading the whole card. The card itself, with every field and its contacts, is {@link CustomerView}.
 */
public record CustomerRow(long id, String code, int version, boolean archived, String fullName, String shortName,
        Lifecycle lifecycle, Nature nature, Grade grade, String region, String route, String salesperson, String phone,
        Instant updatedAt) {

    /** The JPQL columns of a row, in the order of {@link #of(Object[])}. */
    static final String COLUMNS = "c.id, c.code, c.version, c.archived, c.fullName, c.shortName, c.lifecycle, "
            + "c.nature, c.grade, c.region, c.route, c.salesperson, c.phone, c.stamps.updatedAt";

    static CustomerRow of(Object[] r) {
        return new CustomerRow((Long) r[0], (String) r[1], (Integer) r[2], (Boolean) r[3], (String) r[4],
                (String) r[5], (Lifecycle) r[6], (Nature) r[7], (Grade) r[8], (String) r[9], (String) r[10],
                (String) r[11], (String) r[12], (Instant) r[13]);
    }

    CustomerSummary summary() {
        return new CustomerSummary(id, code, fullName, shortName, lifecycle, nature, grade, region, route, salesperson,
                archived);
    }
}
