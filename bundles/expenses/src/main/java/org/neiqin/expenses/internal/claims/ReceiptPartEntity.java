package org.neiqin.expenses.internal.claims;

import javax.persistence.AttributeOverride;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.neiqin.kit.files.FilePart;

/** A part of a receipt's bytes. */
@Entity
@Table(name = "EXP_RECEIPT_PART")
@AttributeOverride(name = "fileId", column = @Column(name = "RECEIPT_ID"))
public class ReceiptPartEntity extends FilePart {
}
