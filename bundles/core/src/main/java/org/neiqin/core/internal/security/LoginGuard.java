package org.neiqin.core.internal.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.security.auth.Subject;

import org.neiqin.api.http.ClientAddress;
import org.neiqin.core.internal.db.CoreDatabase;
import org.neiqin.core.internal.db.Jdbc;
import org.neiqin.core.internal.metrics.CoreMetrics;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logins that cannot be guessed: wrong passwords are counted per user and per client address in the database (so every
 * node of a cluster counts what the others saw). After {@code slowAfter} wrong passwords in a {@code window}, each
 * further wrong answer waits a second more (at most {@code maxDelay}; from one address after a fifth of
 * {@code addressLockAfter}); after {@code lockAfter} for one user (or
 * {@code addressLockAfter} from one address), logins of that user (from that address) are refused for {@code lockFor}
 * after the last wrong one — the right password too. A right password clears the user's count. Each wrong password
 * and each refusal is logged.
 *
 * <p>A login remembered from the last seconds (the same user and password, {@link Jaas}) does not ask the database:
 * the guard costs nothing to a user who is logged in. A wrong password makes this node forget the user's remembered
 * logins, so that a guess is never let in past a refusal.
 */
@Component(service = LoginGuard.class, configurationPid = LoginGuard.PID, immediate = true)
public class LoginGuard {
    public static final String PID = "org.neiqin.login";
    private static final Logger LOG = LoggerFactory.getLogger(LoginGuard.class);

    /** What a login came to. */
    public sealed interface Outcome permits In, Wrong, Refused {
    }

    /** Logged in. */
    public record In(Subject subject) implements Outcome {
    }

    /** A wrong user name or password. */
    public record Wrong() implements Outcome {
    }

    /** Too many wrong passwords for this user or from this address: refused, whatever the password, for a while. */
    public record Refused(long seconds) implements Outcome {
    }

    record Settings(int slowAfter, Duration maxDelay, int lockAfter, int addressLockAfter, Duration window,
            Duration lockFor, List<ClientAddress.Range> trustedProxies) {
    }

    private final CoreDatabase db;
    private volatile Settings settings;

    @Activate
    public LoginGuard(@Reference CoreDatabase db, Map<String, Object> config) {
        this.db = db;
        this.settings = settings(config);
    }

    @Modified
    void modified(Map<String, Object> config) {
        this.settings = settings(config);
    }

    static Settings settings(Map<String, Object> config) {
        List<ClientAddress.Range> proxies = new ArrayList<>();
        Object trusted = config.get("trustedProxies");
        if (trusted == null) {
            proxies.addAll(ClientAddress.LOCAL_PROXIES);
        } else {
            for (String p : trusted.toString().split(",")) {
                if (!p.isBlank()) {
                    proxies.add(ClientAddress.Range.parse(p.trim()));
                }
            }
        }
        return new Settings(number(config, "slowAfter", 3), duration(config, "maxDelay", "PT5S"),
                number(config, "lockAfter", 10), number(config, "addressLockAfter", 50),
                duration(config, "window", "PT15M"), duration(config, "lockFor", "PT15M"), List.copyOf(proxies));
    }

    private static int number(Map<String, Object> config, String key, int otherwise) {
        Object v = config.get(key);
        if (v == null || v.toString().isBlank()) {
            return otherwise;
        }
        int n = Integer.parseInt(v.toString().trim());
        if (n < 1) {
            throw new IllegalArgumentException(PID + ": " + key + " is 1 or more, not " + n);
        }
        return n;
    }

    private static Duration duration(Map<String, Object> config, String key, String otherwise) {
        Object v = config.get(key);
        return Duration.parse(v == null || v.toString().isBlank() ? otherwise : v.toString().trim());
    }

    /** @return wrong passwords for one user after which that user's logins are refused */
    public int lockAfter() {
        return settings.lockAfter();
    }

    /** @return the client's address: the connection's, or from a trusted proxy the one it names */
    public String address(String remote, String forwardedFor) {
        String a = ClientAddress.of(remote, forwardedFor, settings.trustedProxies());
        return a == null ? "?" : a;
    }

    /** Logs {@code user} in with {@code password}, coming from {@code address}. */
    public Outcome login(String user, String password, String address) {
        Optional<Subject> known = Jaas.remembered(user, password);
        if (known.isPresent()) {
            return new In(known.get());
        }
        Settings s = settings;
        Instant now = Instant.now();
        String userKey = "user:" + user;
        String addressKey = "address:" + address;
        long refusedFor = 0;
        for (Counted c : counted(userKey, addressKey)) {
            int limit = c.subject().equals(userKey) ? s.lockAfter() : s.addressLockAfter();
            Instant until = c.lastAt().plus(s.lockFor());
            if (c.failures() >= limit && until.isAfter(now)) {
                refusedFor = Math.max(refusedFor, Duration.between(now, until).toSeconds() + 1);
            }
        }
        if (refusedFor > 0) {
            LOG.warn("login of {} from {} refused: too many wrong passwords (for {} s more)", user, address, refusedFor);
            CoreMetrics.login("refused");
            return new Refused(refusedFor);
        }
        Optional<Subject> subject = Jaas.login(user, password);
        if (subject.isPresent()) {
            db.jdbc().update("DELETE FROM NQ_LOGIN_FAILURE WHERE SUBJECT = ?", userKey);
            CoreMetrics.login("in");
            return new In(subject.get());
        }
        CoreMetrics.login("wrong");
        Jaas.forget(user);
        int userFailures = fail(userKey, now, s);
        int addressFailures = fail(addressKey, now, s);
        LOG.warn("wrong password for {} from {} ({} for the user, {} from the address, within {})", user, address,
                userFailures, addressFailures, s.window());
        if (userFailures == s.lockAfter()) {
            LOG.warn("logins of {} are refused for {} from now: {} wrong passwords", user, s.lockFor(), userFailures);
        }
        if (addressFailures == s.addressLockAfter()) {
            LOG.warn("logins from {} are refused for {} from now: {} wrong passwords", address, s.lockFor(), addressFailures);
        }
        int beyond = Math.max(userFailures - s.slowAfter(), addressFailures - s.addressLockAfter() / 5);
        if (beyond > 0) {
            try {
                Thread.sleep(Math.min(s.maxDelay().toMillis(), beyond * 1000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new Wrong();
    }

    private record Counted(String subject, int failures, Instant lastAt) {
    }

    private List<Counted> counted(String userKey, String addressKey) {
        return db.jdbc().query("SELECT SUBJECT, FAILURES, LAST_AT FROM NQ_LOGIN_FAILURE WHERE SUBJECT IN (?, ?)",
                rs -> new Counted(rs.getString(1), rs.getInt(2), Jdbc.instant(rs, "LAST_AT")),
                userKey, addressKey);
    }

    /** Counts one wrong password for {@code key}: a count older than the window starts again at 1. */
    private int fail(String key, Instant now, Settings s) {
        db.jdbc().insertIfAbsent("NQ_LOGIN_FAILURE", "SUBJECT", "SUBJECT, FAILURES, FIRST_AT, LAST_AT", key, 0, now, now);
        Instant windowStart = now.minus(s.window());
        db.jdbc().update("UPDATE NQ_LOGIN_FAILURE SET FAILURES = CASE WHEN FIRST_AT < ? THEN 1 ELSE FAILURES + 1 END, "
                + "FIRST_AT = CASE WHEN FIRST_AT < ? THEN ? ELSE FIRST_AT END, LAST_AT = ? WHERE SUBJECT = ?",
                windowStart, windowStart, now, now, key);
        // counts nobody looks at any more (a sprayed list of user names) do not pile up
        if (Math.floorMod(key.hashCode() + now.getNano(), 50) == 0) {
            db.jdbc().update("DELETE FROM NQ_LOGIN_FAILURE WHERE LAST_AT < ?", windowStart.minus(s.lockFor()));
        }
        return db.jdbc().one("SELECT FAILURES FROM NQ_LOGIN_FAILURE WHERE SUBJECT = ?", rs -> rs.getInt(1), key).orElse(1);
    }
}
