package org.neiqin.logistics.internal;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.neiqin.kit.store.Row;

/** Part {@code partNo} (from 0) of a proof-of-delivery scan: at most {@value #SIZE} bytes. */
@Entity
@Table(name = "LG_PROOF_PART")
public class ProofPartEntity implements Row {
    /** The most bytes of one part. */
    static final int SIZE = 32000;

    @Id
    Long id;
    long noteId;
    int partNo;
    byte[] content;

    @Override
    public void assignId(long id) {
        this.id = id;
    }
}
