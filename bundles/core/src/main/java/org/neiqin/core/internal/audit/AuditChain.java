package org.neiqin.core.internal.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.neiqin.api.audit.AuditEntry;

/**
 * The hash chain rules: each entry's hash covers the previous entry's hash and all of its own
 * fields, so changing, removing or re-ordering an entry breaks every later link; the chain head
 * (last sequence and hash) catches removal of the newest entries.
 */
public final class AuditChain {
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(String prevHash, AuditEntry e) {
        String text = String.join("\u001f", prevHash, e.chain(), Long.toString(e.seq()), e.at().toString(),
                e.actor(), e.entity(), e.entityId(), e.action().name(), String.valueOf(e.oldValues()),
                String.valueOf(e.newValues()));
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * @param entries one chain's entries ordered by sequence
     * @param headSeq the chain head's last sequence
     * @param headHash the chain head's last hash
     * @return one line per problem found; empty if the chain is intact
     */
    public static List<String> verify(String chain, List<AuditEntry> entries, long headSeq, String headHash) {
        List<String> problems = new ArrayList<>();
        String prev = GENESIS;
        long expected = 1;
        for (AuditEntry e : entries) {
            if (e.seq() != expected) {
                problems.add(chain + " #" + expected + ": entry missing (next present is #" + e.seq() + ")");
                expected = e.seq();
                prev = null;
            }
            String h = hash(prev == null ? "?" : prev, e);
            if (prev != null && !h.equals(e.hash())) {
                problems.add(chain + " #" + e.seq() + ": entry " + e.id() + " does not match its hash (changed)");
            }
            prev = e.hash();
            expected++;
        }
        if (expected - 1 != headSeq) {
            problems.add(chain + ": the chain head says " + headSeq + " entries but " + (expected - 1)
                    + " were found (entries removed at the end)");
        } else if (!entries.isEmpty() && !prev.equals(headHash)) {
            problems.add(chain + ": the last entry's hash differs from the chain head (changed)");
        }
        return problems;
    }
}
