package org.neiqin.core.internal.work;

import java.lang.management.ManagementFactory;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.NotFoundException;
import org.neiqin.api.error.Text;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.api.time.CompanyClock;
import org.neiqin.api.work.ScheduledWork;
import org.neiqin.api.work.WorkRun;
import org.neiqin.api.work.WorkScheduler;
import org.neiqin.core.internal.db.CoreDatabase;
import org.neiqin.core.internal.db.Jdbc;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the registered {@link ScheduledWork} once across the nodes on one database, from {@code etc/org.neiqin.work.cfg}:
 * {@code tick} (seconds between looks at what is due, 60), {@code lease} (seconds a node holds a run before another
 * may take it over, 600), {@code enabled} ({@code false} leaves the work to the other nodes or to the administrator's
 * {@code neiqin:work-run}).
 *
 * <p>A run is taken by one {@code UPDATE} of the work's row in {@code NQ_WORK} that succeeds only when nobody holds a
 * lease that has not run out and, for a run that is not forced, when the last run (on any node) began an interval ago;
 * the database lets one node's update through. The lease and the interval are measured on the servers' clocks (they
 * are kept by NTP), not the company clock, which a test moves: the work sees the company's day.
 */
@Component(service = WorkScheduler.class, configurationPid = WorkSchedulerImpl.PID, immediate = true)
public class WorkSchedulerImpl implements WorkScheduler {
    static final String PID = "org.neiqin.work";
    private static final Logger LOG = LoggerFactory.getLogger(WorkSchedulerImpl.class);
    private static final Jdbc.Null NO_TIME = new Jdbc.Null(Types.TIMESTAMP);

    private final CoreDatabase db;
    private final SecurityService security;
    private final CompanyClock clock;
    private final Map<String, ScheduledWork> works = new ConcurrentSkipListMap<>();
    /** This node, as the list names it: host and process. */
    private final String node = ManagementFactory.getRuntimeMXBean().getName();
    private final Duration lease;
    private final boolean enabled;
    private final ScheduledExecutorService timer;

    @Activate
    public WorkSchedulerImpl(@Reference CoreDatabase db, @Reference SecurityService security,
            @Reference CompanyClock clock, Map<String, Object> config) {
        this.db = db;
        this.security = security;
        this.clock = clock;
        this.lease = Duration.ofSeconds(seconds(config, "lease", 600));
        this.enabled = !"false".equalsIgnoreCase(String.valueOf(config.getOrDefault("enabled", "true")).trim());
        long tick = seconds(config, "tick", 60);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "neiqin-work");
            t.setDaemon(true);
            return t;
        });
        if (enabled) {
            timer.scheduleWithFixedDelay(this::tick, tick, tick, TimeUnit.SECONDS);
        }
    }

    private static long seconds(Map<String, Object> config, String key, long otherwise) {
        Object v = config.get(key);
        if (v == null || String.valueOf(v).isBlank()) {
            return otherwise;
        }
        try {
            long s = Long.parseLong(String.valueOf(v).trim());
            if (s > 0) {
                return s;
            }
        } catch (NumberFormatException e) {
            // logged below
        }
        LOG.error("etc/{}.cfg: {} = {} is not a number of seconds above 0; {} is used", PID, key, v, otherwise);
        return otherwise;
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindWork(ScheduledWork w) {
        works.put(w.name(), w);
    }

    void unbindWork(ScheduledWork w) {
        works.remove(w.name(), w);
    }

    /** Looks at every piece of work and runs what is due and not held by another node. */
    private void tick() {
        for (ScheduledWork w : works.values()) {
            try {
                run(w, false);
            } catch (RuntimeException e) {
                // the database away, a module stopping: the next tick looks again
                LOG.warn("Scheduled work {} could not be started: {}", w.name(), e.toString());
            }
        }
    }

    @Override
    public List<WorkRun> list() {
        security.require(PERMISSION);
        List<WorkRun> out = new ArrayList<>();
        for (ScheduledWork w : works.values()) {
            out.add(state(w));
        }
        return out;
    }

    @Override
    public WorkRun runNow(String name) {
        security.require(PERMISSION);
        ScheduledWork w = works.get(name);
        if (w == null) {
            throw new NotFoundException("scheduled work", name);
        }
        if (!run(w, true)) {
            WorkRun now = state(w);
            throw new ConflictException("running", Text.of("work.running",
                    "{0} is running on {1}: it is not run twice at once", name, now.runningOn()));
        }
        return state(w);
    }

    /**
     * Takes the work's lease and runs it. @return whether this node ran it (false: another holds it, or, when not
     * forced, its interval has not passed since the last run began)
     */
    private boolean run(ScheduledWork w, boolean forced) {
        String name = w.name();
        Instant now = Instant.now();
        boolean taken = db.tx().outside(() -> db.tx().required(() -> {
            db.jdbc().insertIfAbsent("NQ_WORK", "NAME", "NAME", name);
            if (forced) {
                return db.jdbc().update("UPDATE NQ_WORK SET HOLDER = ?, LEASE_UNTIL = ?, LAST_START = ?, LAST_NODE = ?"
                        + " WHERE NAME = ? AND (LEASE_UNTIL IS NULL OR LEASE_UNTIL < ?)", node, now.plus(lease), now,
                        node, name, now) == 1;
            }
            return db.jdbc().update("UPDATE NQ_WORK SET HOLDER = ?, LEASE_UNTIL = ?, LAST_START = ?, LAST_NODE = ?"
                    + " WHERE NAME = ? AND (LEASE_UNTIL IS NULL OR LEASE_UNTIL < ?)"
                    + " AND (LAST_START IS NULL OR LAST_START <= ?)", node, now.plus(lease), now, node, name, now,
                    now.minus(w.every())) == 1;
        }));
        if (!taken) {
            return false;
        }
        String outcome;
        boolean failed = false;
        try {
            outcome = security.runAs(Actor.SYSTEM, () -> {
                try {
                    return w.run(clock.today());
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (RuntimeException e) {
            failed = true;
            Throwable cause = e instanceof IllegalStateException && e.getCause() != null ? e.getCause() : e;
            outcome = String.valueOf(cause.getMessage() == null ? cause.toString() : cause.getMessage());
            LOG.error("Scheduled work {} failed; the next run tries again", name, cause);
        }
        String said = outcome == null ? "" : outcome.length() > 1000 ? outcome.substring(0, 1000) : outcome;
        boolean f = failed;
        db.tx().outside(() -> db.tx().required(() -> db.jdbc().update("UPDATE NQ_WORK SET HOLDER = NULL,"
                + " LEASE_UNTIL = ?, LAST_END = ?, LAST_OUTCOME = ?, FAILED = ?, RUNS = RUNS + 1 WHERE NAME = ?"
                + " AND HOLDER = ?", NO_TIME, Instant.now(), said, f ? 1 : 0, name, node)));
        return true;
    }

    private WorkRun state(ScheduledWork w) {
        Text title = w.title();
        Instant now = Instant.now();
        Optional<WorkRun> row = db.tx().outside(() -> db.tx().required(() -> db.jdbc().one("SELECT HOLDER, LEASE_UNTIL,"
                + " LAST_START, LAST_END, LAST_NODE, LAST_OUTCOME, FAILED, RUNS FROM NQ_WORK WHERE NAME = ?", rs -> {
                    Instant until = Jdbc.instant(rs, "LEASE_UNTIL");
                    String holder = until != null && until.isAfter(now) ? rs.getString("HOLDER") : null;
                    return new WorkRun(w.name(), title, w.every(), holder, Jdbc.instant(rs, "LAST_START"),
                            Jdbc.instant(rs, "LAST_END"), rs.getString("LAST_NODE"), rs.getString("LAST_OUTCOME"),
                            rs.getInt("FAILED") != 0, rs.getLong("RUNS"));
                }, w.name())));
        return row.orElse(new WorkRun(w.name(), title, w.every(), null, null, null, null, null, false, 0));
    }
}
