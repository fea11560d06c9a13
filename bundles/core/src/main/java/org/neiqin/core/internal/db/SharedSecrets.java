package org.neiqin.core.internal.db;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Keys that every Neiqin node on one database shares ({@code NQ_SECRET}): the first node that asks
 * for a key makes it, the others read it. Kept in memory once read; losing that copy costs one read.
 */
@Component(service = SharedSecrets.class)
public class SharedSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final CoreDatabase db;
    private final Map<String, byte[]> known = new ConcurrentHashMap<>();

    @Activate
    public SharedSecrets(@Reference CoreDatabase db) {
        this.db = db;
    }

    /** @return the 32-byte key named {@code name}, the same on every node */
    public byte[] key(String name) {
        return known.computeIfAbsent(name, n -> db.tx().outside(() -> db.tx().required(() -> {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            // a node that races us inserts nothing: the key stays the first one, which both then read
            db.jdbc().insertIfAbsent("NQ_SECRET", "NAME", "NAME, SECRET_VALUE", n,
                    Base64.getEncoder().encodeToString(fresh));
            String stored = db.jdbc().one("SELECT SECRET_VALUE FROM NQ_SECRET WHERE NAME = ?", rs -> rs.getString(1), n)
                    .orElseThrow();
            return Base64.getDecoder().decode(stored);
        })));
    }
}
