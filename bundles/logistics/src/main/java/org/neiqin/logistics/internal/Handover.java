package org.neiqin.logistics.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.form.Forms;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The hand-over papers of goods that left: who signed the note for the carrier, and the scan of the
 * customer's signed copy (the proof of delivery), kept in the database in parts.
 */
@Component(service = Handover.class)
public class Handover {
    private final LogisticsStore store;
    private final SecurityService security;
    private final NoteReader reader;

    @Activate
    public Handover(@Reference LogisticsStore store, @Reference SecurityService security, @Reference NoteReader reader) {
        this.store = store;
        this.security = security;
        this.reader = reader;
    }

    /** The most bytes a proof-of-delivery scan may have. */
    public static final int PROOF_MAX_BYTES = 10 * 1024 * 1024;


    /**
     * The hand-over, recorded once the goods have left: who signed the note for the carrier (the
     * driver or the logistics company's clerk) and, when the customer's signed copy comes back, its
     * scan (PDF, PNG or JPEG, at most 10 MB), kept with the note. Either may come first; a scan given
     * again replaces the earlier one (the audit trail keeps that it did).
     */
    public NoteView recordHandover(long id, int version, String carrierSignedBy, String fileName, byte[] scan) {
        Actor actor = security.require(LogisticsModule.WRITE);
        Forms.require(Forms.check(new NoteRules.Handover(carrierSignedBy)));
        String signer = Forms.trimmed(carrierSignedBy);
        if (signer == null && (scan == null || scan.length == 0)) {
            throw new ValidationException("carrierSignedBy", "required", Text.of("logistics.handover.empty",
                    "give the name of who signed for the carrier, or the scan of the signed delivery note, or both"));
        }
        String type = scan == null || scan.length == 0 ? null : NoteRules.scanType(scan);
        if (scan != null && scan.length > 0 && type == null) {
            throw new ValidationException("proof", "format", Text.of("logistics.proof.format",
                    "the proof of delivery is a scan or photo: a PDF, PNG or JPEG file"));
        }
        if (scan != null && scan.length > PROOF_MAX_BYTES) {
            throw new ValidationException("proof", "size", Text.of("logistics.proof.size",
                    "the scan has {0} bytes; at most {1} are kept", scan.length, PROOF_MAX_BYTES));
        }
        String name = fileName == null || fileName.isBlank() ? null : fileName.replaceAll("[\\x00-\\x1f\\\\/]", "_").trim();
        return store.write(em -> {
            NoteEntity e = Notes.load(em, id, version);
            if (!e.state.hasLeft()) {
                throw new ConflictException("state", Text.of("logistics.handover.state",
                        "{0} is {1}: the carrier signs and the proof of delivery comes back once the goods have left",
                        e.code, e.state));
            }
            if (signer != null && e.carrierSignedBy != null) {
                throw new ConflictException("signed", Text.of("logistics.handover.signed",
                        "{0} was signed for the carrier by {1} already", e.code, e.carrierSignedBy));
            }
            Map<String, Object> before = new LinkedHashMap<>();
            Map<String, Object> after = new LinkedHashMap<>();
            if (signer != null) {
                before.put("carrierSignedBy", null);
                e.carrierSignedBy = signer;
                e.carrierSignedAt = store.now();
                after.put("carrierSignedBy", signer);
            }
            if (type != null) {
                String ext = type.equals("application/pdf") ? ".pdf" : type.equals("image/png") ? ".png" : ".jpg";
                String kept = name == null ? e.code + ext : (name.length() > 200 ? name.substring(name.length() - 200) : name);
                ProofEntity p = em.find(ProofEntity.class, e.id);
                before.put("proof", e.proofName);
                boolean first = p == null;
                if (first) {
                    p = new ProofEntity();
                    p.noteId = e.id;
                } else {
                    em.createQuery("delete from ProofPartEntity p where p.noteId = :n").setParameter("n", e.id).executeUpdate();
                }
                p.fileName = kept;
                p.contentType = type;
                p.sizeBytes = scan.length;
                p.uploadedAt = store.now();
                p.uploadedBy = actor.name();
                if (first) {
                    em.persist(p);
                }
                for (int at = 0, no = 0; at < scan.length; at += ProofPartEntity.SIZE, no++) {
                    ProofPartEntity part = new ProofPartEntity();
                    part.noteId = e.id;
                    part.partNo = no;
                    part.content = java.util.Arrays.copyOfRange(scan, at, Math.min(scan.length, at + ProofPartEntity.SIZE));
                    store.persist(em, part);
                }
                e.proofName = kept;
                after.put("proof", kept + " (" + scan.length + " bytes)");
            }
            store.touch(e, actor);
            store.audit(em, LogisticsModule.ENTITY, e.id, AuditAction.UPDATE, before, after);
            return reader.view(em, e);
        });
    }

    /** @return the proof-of-delivery scan kept with a note */
    public Proof proof(long id) {
        security.require(LogisticsModule.READ);
        return store.read(em -> {
            NoteEntity e = Notes.find(em, id);
            ProofEntity p = em.find(ProofEntity.class, id);
            if (p == null) {
                throw new org.neiqin.api.error.NotFoundException(Text.of("logistics.proof.none",
                        "{0} has no proof of delivery yet", e.code));
            }
            java.io.ByteArrayOutputStream content = new java.io.ByteArrayOutputStream(p.sizeBytes);
            for (byte[] part : em.createQuery("select p.content from ProofPartEntity p where p.noteId = :n order by p.partNo",
                    byte[].class).setParameter("n", id).getResultList()) {
                content.writeBytes(part);
            }
            return new Proof(p.fileName, p.contentType, content.toByteArray());
        });
    }
}
