package org.neiqin.core.internal.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.audit.AuditService;
import org.neiqin.api.audit.AuditVerification;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.core.internal.db.CoreDatabase;
import org.neiqin.core.internal.db.Jdbc;
import org.neiqin.core.internal.registry.CoreModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Appends to one hash chain per module. Inside a transaction, entries wait until just before it
 * commits; then the chain head rows are locked by an UPDATE, in the order of the chains' names, so
 * writers of one module queue there only for the commit itself, other modules' writers do not
 * wait at all, and no two transactions deadlock on heads. The entries and the heads commit or roll
 * back together with the change itself.
 */
@Component(service = AuditService.class)
public class AuditServiceImpl implements AuditService {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private final CoreDatabase db;
    private final SecurityService security;

    @Activate
    public AuditServiceImpl(@Reference CoreDatabase db, @Reference SecurityService security) {
        this.db = db;
        this.security = security;
    }

    @Override
    public AuditEntry record(String module, String entity, String entityId, AuditAction action,
            Map<String, ?> oldValues, Map<String, ?> newValues) {
        String actor = security.currentActor().map(Actor::name).orElse(Actor.SYSTEM.name());
        if (action == AuditAction.CREATE) {
            db.tx().afterCommit(() -> org.neiqin.core.internal.metrics.CoreMetrics.created(module, entity));
        }
        AuditEntry draft = new AuditEntry(db.jdbc().nextId(), module, 0, Instant.now().truncatedTo(ChronoUnit.MILLIS), actor, entity,
                entityId, action, json(oldValues), json(newValues), null);
        if (db.tx().active()) {
            db.tx().<AuditEntry>beforeCommit(this, this::append).add(draft);
            return draft;
        }
        return db.tx().required(() -> {
            List<AuditEntry> one = new ArrayList<>(List.of(draft));
            append(one);
            return one.get(0);
        });
    }

    @Override
    public void flush() {
        if (db.tx().active()) {
            List<AuditEntry> drafts = db.tx().<AuditEntry>beforeCommit(this, this::append);
            append(drafts);
            drafts.clear();
        }
    }

    /**
     * Appends drafts to their chains just before the transaction commits, chain by chain in the
     * order of the chains' names: a transaction that writes to two chains (a review decision in
     * core's chain, the document's change in its module's) locks the heads in the same order as
     * every other, so two such transactions cannot deadlock, and each head is locked only for the
     * commit itself. Replaces each draft in {@code drafts} by the stored entry.
     */
    private void append(List<AuditEntry> drafts) {
        Map<String, List<Integer>> byChain = new TreeMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            byChain.computeIfAbsent(drafts.get(i).chain(), k -> new ArrayList<>()).add(i);
        }
        Jdbc jdbc = db.jdbc();
        byChain.forEach((chain, positions) -> {
            int n = positions.size();
            // the UPDATE takes the head's row lock until commit; one statement for all of this chain's entries
            if (jdbc.update("UPDATE NQ_AUDIT_CHAIN SET LAST_SEQ = LAST_SEQ + ? WHERE CHAIN = ?", n, chain) == 0) {
                jdbc.insertIfAbsent("NQ_AUDIT_CHAIN", "CHAIN", "CHAIN, LAST_SEQ, LAST_HASH", chain, 0L, AuditChain.GENESIS);
                jdbc.update("UPDATE NQ_AUDIT_CHAIN SET LAST_SEQ = LAST_SEQ + ? WHERE CHAIN = ?", n, chain);
            }
            Object[] head = jdbc.one("SELECT LAST_SEQ, LAST_HASH FROM NQ_AUDIT_CHAIN WHERE CHAIN = ?",
                    rs -> new Object[] {rs.getLong(1), rs.getString(2)}, chain).orElseThrow();
            long seq = (Long) head[0] - n;
            String prev = (String) head[1];
            for (int i : positions) {
                AuditEntry d = drafts.get(i);
                AuditEntry numbered = new AuditEntry(0, chain, ++seq, d.at(), d.actor(), d.entity(), d.entityId(),
                        d.action(), d.oldValues(), d.newValues(), null);
                String hash = AuditChain.hash(prev, numbered);
                // the id was taken when the entry was recorded
                jdbc.insertRow("NQ_AUDIT", "ID, CHAIN, SEQ, AT_UTC, ACTOR, ENTITY, ENTITY_ID, ACTION, OLD_VALUES, "
                        + "NEW_VALUES, PREV_HASH, HASH", d.id(), chain, seq, d.at(), d.actor(), d.entity(), d.entityId(), d.action().name(), d.oldValues(),
                        d.newValues(), prev, hash);
                drafts.set(i, new AuditEntry(d.id(), chain, seq, d.at(), d.actor(), d.entity(), d.entityId(), d.action(),
                        d.oldValues(), d.newValues(), hash));
                prev = hash;
            }
            jdbc.update("UPDATE NQ_AUDIT_CHAIN SET LAST_HASH = ? WHERE CHAIN = ?", prev, chain);
        });
    }

    static String json(Map<String, ?> values) {
        if (values == null) {
            return null;
        }
        Map<String, Object> plain = new TreeMap<>();
        values.forEach((k, v) -> plain.put(k, v == null || v instanceof Number || v instanceof Boolean
                || v instanceof String ? v : String.valueOf(v)));
        try {
            return JSON.writeValueAsString(plain);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public List<AuditEntry> history(String entity, String entityId) {
        security.currentActor().orElseThrow(() -> new org.neiqin.api.error.AccessDeniedException("you are not logged in"));
        return db.jdbc().query("SELECT * FROM NQ_AUDIT WHERE ENTITY = ? AND ENTITY_ID = ? ORDER BY ID",
                AuditServiceImpl::entry, entity, entityId);
    }

    @Override
    public List<AuditEntry> recent(int offset, int limit) {
        security.require(CoreModule.AUDIT);
        return db.jdbc().query("SELECT * FROM NQ_AUDIT ORDER BY ID DESC OFFSET " + Math.max(0, offset)
                + " ROWS FETCH NEXT " + Math.max(1, Math.min(limit, 1000)) + " ROWS ONLY", AuditServiceImpl::entry);
    }

    @Override
    public long count() {
        return db.jdbc().count("SELECT COUNT(*) FROM NQ_AUDIT");
    }

    @Override
    public AuditVerification verify() {
        security.require(CoreModule.AUDIT);
        Jdbc jdbc = db.jdbc();
        List<Object[]> heads = jdbc.query("SELECT CHAIN, LAST_SEQ, LAST_HASH FROM NQ_AUDIT_CHAIN ORDER BY CHAIN",
                rs -> new Object[] {rs.getString(1), rs.getLong(2), rs.getString(3)});
        List<String> problems = new ArrayList<>();
        long checked = 0;
        for (Object[] h : heads) {
            String chain = (String) h[0];
            List<AuditEntry> entries = jdbc.query("SELECT * FROM NQ_AUDIT WHERE CHAIN = ? ORDER BY SEQ",
                    AuditServiceImpl::entry, chain);
            checked += entries.size();
            problems.addAll(AuditChain.verify(chain, entries, (Long) h[1], (String) h[2]));
        }
        long orphans = jdbc.count("SELECT COUNT(*) FROM NQ_AUDIT A WHERE NOT EXISTS "
                + "(SELECT 1 FROM NQ_AUDIT_CHAIN C WHERE C.CHAIN = A.CHAIN)");
        if (orphans > 0) {
            problems.add(orphans + " entries belong to no chain head (chain head removed)");
        }
        return new AuditVerification(checked, heads.size(), problems);
    }

    static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("ID"), rs.getString("CHAIN"), rs.getLong("SEQ"), Jdbc.instant(rs, "AT_UTC"),
                rs.getString("ACTOR"), rs.getString("ENTITY"), rs.getString("ENTITY_ID"),
                AuditAction.valueOf(rs.getString("ACTION")), rs.getString("OLD_VALUES"), rs.getString("NEW_VALUES"),
                rs.getString("HASH"));
    }
}
