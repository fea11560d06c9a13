package org.neiqin.core.internal.audit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.Before;
import org.junit.Test;
import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.audit.AuditEntry;

public class AuditChainTest {
    private static final String CHAIN = "crm";

    private List<AuditEntry> entries;

    @Before
    public void buildChain() {
        entries = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        Instant t = Instant.parse("2026-03-07T08:00:00Z");
        for (int i = 1; i <= 5; i++) {
            AuditEntry unsigned = new AuditEntry(100 + i, CHAIN, i, t.plusSeconds(i), "alice", "customer",
                    "C" + i, i == 1 ? AuditAction.CREATE : AuditAction.UPDATE,
                    i == 1 ? null : "{\"grade\":\"B\"}", "{\"grade\":\"A\",\"n\":" + i + "}", null);
            AuditEntry e = withHash(unsigned, AuditChain.hash(prev, unsigned));
            entries.add(e);
            prev = e.hash();
        }
    }

    private static AuditEntry withHash(AuditEntry e, String hash) {
        return new AuditEntry(e.id(), e.chain(), e.seq(), e.at(), e.actor(), e.entity(), e.entityId(), e.action(),
                e.oldValues(), e.newValues(), hash);
    }

    private String headHash() {
        return entries.get(entries.size() - 1).hash();
    }

    private List<String> verify(List<AuditEntry> list, long headSeq, String headHash) {
        return AuditChain.verify(CHAIN, list, headSeq, headHash);
    }

    @Test
    public void genesisIsSixtyFourZeros() {
        assertEquals(64, AuditChain.GENESIS.length());
        assertTrue(AuditChain.GENESIS.matches("0+"));
    }

    @Test
    public void hashIsDeterministicHexSha256AndDependsOnThePreviousHash() {
        AuditEntry e = entries.get(0);
        assertEquals(AuditChain.hash(AuditChain.GENESIS, e), AuditChain.hash(AuditChain.GENESIS, e));
        assertTrue(e.hash().matches("[0-9a-f]{64}"));
        assertNotEquals(AuditChain.hash(AuditChain.GENESIS, e), AuditChain.hash("1".repeat(64), e));
    }

    @Test
    public void intactChainHasNoProblems() {
        assertEquals(List.of(), verify(entries, 5, headHash()));
    }

    @Test
    public void emptyChainWithEmptyHeadIsIntact() {
        assertEquals(List.of(), verify(List.of(), 0, null));
    }

    @Test
    public void changedValuesAreDetected() {
        AuditEntry e3 = entries.get(2);
        entries.set(2, new AuditEntry(e3.id(), e3.chain(), e3.seq(), e3.at(), e3.actor(), e3.entity(),
                e3.entityId(), e3.action(), e3.oldValues(), "{\"grade\":\"C\",\"n\":3}", e3.hash()));
        List<String> problems = verify(entries, 5, headHash());
        assertEquals(problems.toString(), 1, problems.size());
        assertTrue(problems.get(0), problems.get(0).contains("#3"));
    }

    @Test
    public void changedActorIsDetected() {
        AuditEntry e4 = entries.get(3);
        entries.set(3, new AuditEntry(e4.id(), e4.chain(), e4.seq(), e4.at(), "mallory", e4.entity(),
                e4.entityId(), e4.action(), e4.oldValues(), e4.newValues(), e4.hash()));
        List<String> problems = verify(entries, 5, headHash());
        assertFalse(problems.isEmpty());
        assertTrue(problems.toString(), problems.get(0).contains("#4"));
    }

    @Test
    public void changedOldValuesActionOrTimeAreDetected() {
        AuditEntry e2 = entries.get(1);
        List<AuditEntry> a = new ArrayList<>(entries);
        a.set(1, new AuditEntry(e2.id(), e2.chain(), e2.seq(), e2.at(), e2.actor(), e2.entity(), e2.entityId(),
                e2.action(), "{\"grade\":\"Z\"}", e2.newValues(), e2.hash()));
        assertFalse(verify(a, 5, headHash()).isEmpty());

        List<AuditEntry> b = new ArrayList<>(entries);
        b.set(1, new AuditEntry(e2.id(), e2.chain(), e2.seq(), e2.at(), e2.actor(), e2.entity(), e2.entityId(),
                AuditAction.DELETE, e2.oldValues(), e2.newValues(), e2.hash()));
        assertFalse(verify(b, 5, headHash()).isEmpty());

        List<AuditEntry> c = new ArrayList<>(entries);
        c.set(1, new AuditEntry(e2.id(), e2.chain(), e2.seq(), e2.at().minusSeconds(3600), e2.actor(), e2.entity(),
                e2.entityId(), e2.action(), e2.oldValues(), e2.newValues(), e2.hash()));
        assertFalse(verify(c, 5, headHash()).isEmpty());
    }

    @Test
    public void rehashingAChangedEntryStillBreaksTheNextLink() {
        AuditEntry e3 = entries.get(2);
        AuditEntry forged = new AuditEntry(e3.id(), e3.chain(), e3.seq(), e3.at(), e3.actor(), e3.entity(),
                e3.entityId(), e3.action(), e3.oldValues(), "{\"grade\":\"C\"}", null);
        entries.set(2, withHash(forged, AuditChain.hash(entries.get(1).hash(), forged)));
        List<String> problems = verify(entries, 5, headHash());
        assertEquals(problems.toString(), 1, problems.size());
        assertTrue(problems.get(0), problems.get(0).contains("#4"));
    }

    @Test
    public void removedMiddleEntryIsDetected() {
        entries.remove(1);
        List<String> problems = verify(entries, 5, headHash());
        assertFalse(problems.isEmpty());
        assertTrue(problems.toString(), problems.get(0).contains("#2"));
    }

    @Test
    public void removedFirstEntryIsDetected() {
        entries.remove(0);
        assertFalse(verify(entries, 5, headHash()).isEmpty());
    }

    @Test
    public void removedLastEntryIsDetectedThroughTheHead() {
        String head = headHash();
        entries.remove(4);
        List<String> problems = verify(entries, 5, head);
        assertEquals(problems.toString(), 1, problems.size());
        assertTrue(problems.get(0), problems.get(0).contains("5"));
    }

    @Test
    public void headHashMismatchIsDetected() {
        assertFalse(verify(entries, 5, entries.get(3).hash()).isEmpty());
    }

    @Test
    public void reorderedEntriesAreDetected() {
        AuditEntry e2 = entries.get(1);
        entries.set(1, entries.get(2));
        entries.set(2, e2);
        assertFalse(verify(entries, 5, headHash()).isEmpty());
    }
}
