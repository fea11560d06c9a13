package org.neiqin.invoicing.internal;

import java.math.BigDecimal;
import java.time.Instant;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.neiqin.kit.store.Row;

/** Part of a receipt matched to an invoice (核销): never more than either has left. */
@Entity
@Table(name = "INV_ALLOCATION")
public class AllocationEntity implements Row {
    @Id
    Long id;
    long receiptId;
    long invoiceId;
    long documentId;
    BigDecimal amount;
    String allocatedBy;
    Instant allocatedAt;

    @Override
    public void assignId(long id) {
        this.id = id;
    }
}
