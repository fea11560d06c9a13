package org.neiqin.leads.internal;

import java.time.Instant;
import java.time.LocalDate;

/** One line of the leads: only the columns the list shows, read without loading whole leads. */
public record LeadRow(long id, String code, int version, String company, String contact, String region,
        LeadSource source, LeadStage stage, String owner, LocalDate nextContactOn, int touches, Instant updatedAt) {
    static final String COLUMNS = "l.id, l.code, l.version, l.company, l.contact, l.region, l.source, l.stage, l.owner,"
            + " l.nextContactOn, l.touches, l.stamps.updatedAt";

    static LeadRow of(Object[] r) {
        return new LeadRow((Long) r[0], (String) r[1], (Integer) r[2], (String) r[3], (String) r[4], (String) r[5],
                (LeadSource) r[6], (LeadStage) r[7], (String) r[8], (LocalDate) r[9], (Integer) r[10], (Instant) r[11]);
    }
}
