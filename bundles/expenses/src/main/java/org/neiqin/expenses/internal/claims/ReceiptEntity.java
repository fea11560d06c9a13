package org.neiqin.expenses.internal.claims;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.neiqin.kit.files.FileHead;

/** The receipt of a claim's line (its fapiao, scanned or photographed); its bytes are in {@link ReceiptPartEntity}. */
@Entity
@Table(name = "EXP_RECEIPT")
public class ReceiptEntity extends FileHead {
    @Id
    Long id;
    long claimId;
    int lineNo;
}
