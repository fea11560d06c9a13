package org.neiqin.logistics.internal;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** The row locked while a note takes quantities of an order line (one per order line ever put on a note). */
@Entity
@Table(name = "LG_LINE_LOCK")
public class LineLockEntity {
    @Id
    Long contractLineId;
    long documentId;
}
