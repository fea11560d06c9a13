package org.neiqin.logistics.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.files.FileParts;
import org.neiqin.kit.files.KeptFile;
import org.neiqin.kit.files.Scans;
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
    private final FileParts<ProofPartEntity> parts;
    private final LogisticsStore store;
    private final SecurityService security;
    private final NoteReader reader;

    @Activate
    public Handover(@Reference LogisticsStore store, @Reference SecurityService security, @Reference NoteReader reader) {
        this.store = store;
        this.security = security;
        this.reader = reader;
        this.parts = new FileParts<>(store, ProofPartEntity.class, ProofPartEntity::new);
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
        boolean scanned = scan != null && scan.length > 0;
        if (scanned) {
            // refused before the note is read: what is not a scan changes nothing
            Scans.check("proof", fileName, scan, PROOF_MAX_BYTES, "proof");
        }
        return store.write(em -> {
            NoteEntity e = Notes.load(em, id, version, security.scope());
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
            if (scanned) {
                KeptFile kept = Scans.check("proof", fileName, scan, PROOF_MAX_BYTES, e.code);
                ProofEntity p = em.find(ProofEntity.class, e.id);
                before.put("proof", e.proofName);
                if (p == null) {
                    p = new ProofEntity();
                    p.noteId = e.id;
                    p.describe(kept, store.now(), actor.name());
                    em.persist(p);
                } else {
                    p.describe(kept, store.now(), actor.name());
                }
                parts.write(em, e.id, kept.content());
                e.proofName = kept.fileName();
                after.put("proof", kept.fileName() + " (" + scan.length + " bytes)");
            }
            store.touch(e, actor);
            store.audit(em, LogisticsModule.ENTITY, e.id, AuditAction.UPDATE, before, after);
            return reader.view(em, e);
        });
    }

    /** @return the proof-of-delivery scan kept with a note */
    public KeptFile proof(long id) {
        security.require(LogisticsModule.READ);
        return store.read(em -> {
            NoteEntity e = Notes.find(em, id, security.scope());
            ProofEntity p = em.find(ProofEntity.class, id);
            if (p == null) {
                throw new org.neiqin.api.error.NotFoundException(Text.of("logistics.proof.none",
                        "{0} has no proof of delivery yet", e.code));
            }
            return new KeptFile(p.fileName, p.contentType, parts.read(em, id, p.sizeBytes));
        });
    }
}
