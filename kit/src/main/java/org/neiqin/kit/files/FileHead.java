package org.neiqin.kit.files;

import java.time.Instant;

import javax.persistence.MappedSuperclass;

/**
 * What a module keeps of a file beside its bytes: its name, type, size, and who uploaded it when. A module's entity
 * extends it, with its own table and key (listed in the module's persistence unit with this class).
 */
@MappedSuperclass
public abstract class FileHead {
    public String fileName;
    public String contentType;
    public int sizeBytes;
    public Instant uploadedAt;
    public String uploadedBy;

    /** Takes the name, type and size of {@code file}, uploaded now by {@code by}. */
    public void describe(KeptFile file, Instant at, String by) {
        fileName = file.fileName();
        contentType = file.contentType();
        sizeBytes = file.content().length;
        uploadedAt = at;
        uploadedBy = by;
    }
}
