package org.neiqin.kit.files;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.function.Supplier;

import javax.persistence.EntityManager;

import org.neiqin.kit.store.Store;

/**
 * A module's file bytes in its table of parts, written, read back whole and removed inside the caller's transaction.
 *
 * @param <P> the module's part entity
 */
public final class FileParts<P extends FilePart> {
    /** The most bytes of one part. */
    public static final int SIZE = 32000;

    private final Store store;
    private final String entity;
    private final Supplier<P> make;

    public FileParts(Store store, Class<P> type, Supplier<P> make) {
        this.store = store;
        this.entity = type.getSimpleName();
        this.make = make;
    }

    /** Keeps {@code content} as the file's bytes, in place of any it had. */
    public void write(EntityManager em, long fileId, byte[] content) {
        delete(em, fileId);
        for (int at = 0, no = 0; at < content.length; at += SIZE, no++) {
            P part = make.get();
            part.fileId = fileId;
            part.partNo = no;
            part.content = Arrays.copyOfRange(content, at, Math.min(content.length, at + SIZE));
            store.persist(em, part);
        }
    }

    /** @return the file's bytes, whole */
    public byte[] read(EntityManager em, long fileId, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(0, size));
        for (byte[] part : em.createQuery("select p.content from " + entity + " p where p.fileId = :f order by p.partNo",
                byte[].class).setParameter("f", fileId).getResultList()) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    public void delete(EntityManager em, long fileId) {
        em.createQuery("delete from " + entity + " p where p.fileId = :f").setParameter("f", fileId).executeUpdate();
    }
}
