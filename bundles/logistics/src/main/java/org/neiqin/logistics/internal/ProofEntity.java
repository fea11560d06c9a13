package org.neiqin.logistics.internal;

import java.time.Instant;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * The proof-of-delivery scan of a note (签收单扫描件): the customer's signed copy, a photo or a PDF;
 * its bytes are in {@link ProofPartEntity} rows.
 */
@Entity
@Table(name = "LG_PROOF")
public class ProofEntity {
    @Id
    Long noteId;
    String fileName;
    String contentType;
    int sizeBytes;
    Instant uploadedAt;
    String uploadedBy;
}
