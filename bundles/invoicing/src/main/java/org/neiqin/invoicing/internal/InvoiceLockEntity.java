package org.neiqin.invoicing.internal;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** The row locked while an invoice request takes quantities of an order's lines (one per order ever billed). */
@Entity
@Table(name = "INV_DOCUMENT_LOCK")
public class InvoiceLockEntity {
    @Id
    Long documentId;
    int touched;
}
