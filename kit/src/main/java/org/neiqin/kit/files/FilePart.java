package org.neiqin.kit.files;

import javax.persistence.Id;
import javax.persistence.MappedSuperclass;

import org.neiqin.kit.store.Row;

/**
 * A part of a file's bytes, of at most {@link FileParts#SIZE}: a column type both databases bind the same way
 * ({@code VARCHAR(32000) FOR BIT DATA} on Derby, {@code BYTEA} on PostgreSQL). A module's entity extends it with its
 * own table ({@code ID, <file key>, PART_NO, CONTENT}).
 */
@MappedSuperclass
public abstract class FilePart implements Row {
    @Id
    public Long id;
    /** The file the part belongs to (its head's key). */
    public long fileId;
    public int partNo;
    public byte[] content;

    @Override
    public void assignId(long id) {
        this.id = id;
    }
}
