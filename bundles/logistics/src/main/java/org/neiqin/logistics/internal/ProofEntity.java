package org.neiqin.logistics.internal;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.neiqin.kit.files.FileHead;

/**
 * The proof-of-delivery scan of a note (签收单扫描件): the customer's signed copy, a photo or a PDF, one per note;
 * its bytes are in {@link ProofPartEntity} rows.
 */
@Entity
@Table(name = "LG_PROOF")
public class ProofEntity extends FileHead {
    @Id
    Long noteId;
}
