package org.neiqin.logistics.internal;

import javax.persistence.AttributeOverride;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.neiqin.kit.files.FilePart;

/** A part of a proof-of-delivery scan's bytes; the file's key is the note's. */
@Entity
@Table(name = "LG_PROOF_PART")
@AttributeOverride(name = "fileId", column = @Column(name = "NOTE_ID"))
public class ProofPartEntity extends FilePart {
}
