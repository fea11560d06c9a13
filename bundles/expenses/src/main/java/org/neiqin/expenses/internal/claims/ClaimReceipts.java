package org.neiqin.expenses.internal.claims;

import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.NotFoundException;
import org.neiqin.api.error.Text;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.expenses.internal.ExpensesModule;
import org.neiqin.expenses.internal.ExpensesStore;
import org.neiqin.kit.files.FileParts;
import org.neiqin.kit.files.KeptFile;
import org.neiqin.kit.files.Scans;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The receipts of a claim's lines: the claimant attaches each line's fapiao (a PDF, PNG or JPEG of at most 5 MB) until
 * the office has checked the claim; the office's check finds every line with its receipt; whoever sees the claim sees
 * its receipts.
 */
@Component(service = ClaimReceipts.class)
public class ClaimReceipts {
    /** The most bytes a receipt may have. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private final ExpensesStore store;
    private final SecurityService security;
    private final ClaimReader reader;
    private final FileParts<ReceiptPartEntity> parts;

    @Activate
    public ClaimReceipts(@Reference ExpensesStore store, @Reference SecurityService security,
            @Reference ClaimReader reader) {
        this.store = store;
        this.security = security;
        this.reader = reader;
        this.parts = new FileParts<>(store, ReceiptPartEntity.class, ReceiptPartEntity::new);
    }

    /** Attaches (or replaces) the receipt of line {@code lineNo}, at the claim's version the claimant loaded. */
    public ClaimView attach(long claimId, int version, int lineNo, String fileName, byte[] content) {
        Actor actor = security.require(ExpensesModule.CLAIM_OWN);
        Scans.check("receipt", fileName, content, MAX_BYTES, "receipt");
        return store.write(em -> {
            ClaimEntity e = Store.load(em, ClaimEntity.class, claimId, version, "claim");
            ClaimService.requireOwn(actor, e);
            if (e.state != ClaimState.SUBMITTED && e.state != ClaimState.RETURNED) {
                throw new ConflictException("state", Text.of("expenses.receipt.state",
                        "{0} is {1}: receipts are attached until the office has checked the claim", e.code, e.state));
            }
            if (lineNo < 1 || lineNo > ClaimReader.lines(em, e.id).size()) {
                throw new NotFoundException(Text.of("expenses.receipt.noLine", "{0} has no line {1}", e.code, lineNo));
            }
            KeptFile file = Scans.check("receipt", fileName, content, MAX_BYTES, e.code + "-" + lineNo);
            ReceiptEntity r = receipt(em, e.id, lineNo);
            String before = r == null ? null : r.fileName;
            if (r == null) {
                r = new ReceiptEntity();
                r.claimId = e.id;
                r.lineNo = lineNo;
                r.id = store.nextId();
                r.describe(file, store.now(), actor.name());
                em.persist(r);
            } else {
                r.describe(file, store.now(), actor.name());
            }
            parts.write(em, r.id, file.content());
            store.touch(e, actor);
            store.audit(em, ExpensesModule.CLAIM, e.id, AuditAction.UPDATE, before == null ? Map.of()
                    : Map.of("receipt", lineNo + ": " + before), Map.of("receipt", lineNo + ": " + file.fileName() + " ("
                            + content.length + " bytes)"));
            em.flush();
            return ClaimReader.view(em, e);
        });
    }

    /** @return the receipt of line {@code lineNo} as it was uploaded */
    public KeptFile receipt(long claimId, int lineNo) {
        reader.get(claimId);
        return store.read(em -> {
            ReceiptEntity r = receipt(em, claimId, lineNo);
            if (r == null) {
                throw new NotFoundException(Text.of("expenses.receipt.none", "line {0} has no receipt yet", lineNo));
            }
            return new KeptFile(r.fileName, r.contentType, parts.read(em, r.id, r.sizeBytes));
        });
    }

    private static ReceiptEntity receipt(EntityManager em, long claimId, int lineNo) {
        return em.createQuery("select r from ReceiptEntity r where r.claimId = :c and r.lineNo = :l", ReceiptEntity.class)
                .setParameter("c", claimId).setParameter("l", lineNo).getResultList().stream().findFirst().orElse(null);
    }

    /** @return line number → receipt file name, of the claim's lines that have one */
    static Map<Integer, String> names(EntityManager em, long claimId) {
        Map<Integer, String> out = new java.util.HashMap<>();
        for (Object[] r : em.createQuery("select r.lineNo, r.fileName from ReceiptEntity r where r.claimId = :c",
                Object[].class).setParameter("c", claimId).getResultList()) {
            out.put((Integer) r[0], (String) r[1]);
        }
        return out;
    }

    /** @return the numbers of the claim's lines without a receipt */
    static List<Integer> missing(EntityManager em, long claimId) {
        Map<Integer, String> have = names(em, claimId);
        return ClaimReader.lines(em, claimId).stream().map(l -> l.lineNo).filter(n -> !have.containsKey(n)).toList();
    }
}
