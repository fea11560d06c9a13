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
 * Appends to one hash chain per module. The chain head row is locked by an UPDATE for the rest
 * of the writer's transaction, so writers of one module queue there while other modules' writers
 * do not wait at all; the entry and the head commit or roll back together with the change itself.
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
        String oldJson = json(oldValues);
        String newJson = json(newValues);
        return db.tx().required(() -> {
            Jdbc jdbc = db.jdbc();
            if (jdbc.update("UPDATE NQ_AUDIT_CHAIN SET LAST_SEQ = LAST_SEQ + 1 WHERE CHAIN = ?", module) == 0) {
                jdbc.insertIfAbsent("NQ_AUDIT_CHAIN", "CHAIN", "CHAIN, LAST_SEQ, LAST_HASH", module, 0L, AuditChain.GENESIS);
                jdbc.update("UPDATE NQ_AUDIT_CHAIN SET LAST_SEQ = LAST_SEQ + 1 WHERE CHAIN = ?", module);
            }
            Object[] head = jdbc.one("SELECT LAST_SEQ, LAST_HASH FROM NQ_AUDIT_CHAIN WHERE CHAIN = ?",
                    rs -> new Object[] {rs.getLong(1), rs.getString(2)}, module).orElseThrow();
            long seq = (Long) head[0];
            Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            AuditEntry draft = new AuditEntry(0, module, seq, at, actor, entity, entityId, action, oldJson, newJson, null);
            String hash = AuditChain.hash((String) head[1], draft);
            long id = jdbc.insert("INSERT INTO NQ_AUDIT (CHAIN, SEQ, AT_UTC, ACTOR, ENTITY, ENTITY_ID, ACTION, "
                    + "OLD_VALUES, NEW_VALUES, PREV_HASH, HASH) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    module, seq, at, actor, entity, entityId, action.name(), oldJson, newJson, head[1], hash);
            jdbc.update("UPDATE NQ_AUDIT_CHAIN SET LAST_HASH = ? WHERE CHAIN = ?", hash, module);
            return new AuditEntry(id, module, seq, at, actor, entity, entityId, action, oldJson, newJson, hash);
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
