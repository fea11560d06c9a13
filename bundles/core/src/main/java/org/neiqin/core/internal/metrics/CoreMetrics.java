package org.neiqin.core.internal.metrics;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * This node's figures since it started, for the Prometheus text format: REST requests per resource, method and status
 * with their latency, database transactions with their duration, connections in use, records created per module and
 * kind, wrong passwords. One instance for core (what core's parts count into is static: the REST filter, the
 * transactions, the audit trail and the login guard are made by different components, on every request).
 */
public final class CoreMetrics {
    /** Upper bounds of the latency buckets, in seconds. */
    static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private static final Map<String, Histogram> REQUESTS = new ConcurrentHashMap<>();
    private static final Map<String, Histogram> TRANSACTIONS = new ConcurrentHashMap<>();
    private static final Map<String, LongAdder> CREATED = new ConcurrentHashMap<>();
    private static final Map<String, LongAdder> LOGINS = new ConcurrentHashMap<>();
    private static final AtomicInteger CONNECTIONS = new AtomicInteger();

    private CoreMetrics() {
    }

    /** A histogram of durations, Prometheus style: cumulative buckets, their sum and count. */
    static final class Histogram {
        final LongAdder[] buckets = new LongAdder[BUCKETS.length];
        final LongAdder count = new LongAdder();
        final java.util.concurrent.atomic.DoubleAdder sum = new java.util.concurrent.atomic.DoubleAdder();

        Histogram() {
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] = new LongAdder();
            }
        }

        void observe(double seconds) {
            for (int i = 0; i < BUCKETS.length; i++) {
                if (seconds <= BUCKETS[i]) {
                    buckets[i].increment();
                    break;
                }
            }
            count.increment();
            sum.add(seconds);
        }
    }

    /** A REST request answered: its resource (class and method, or "-" when none was matched), method and status. */
    public static void request(String resource, String method, int status, long nanos) {
        REQUESTS.computeIfAbsent(labels("resource", resource, "method", method, "status", String.valueOf(status)),
                k -> new Histogram()).observe(nanos / 1e9);
    }

    /** A database transaction ended ({@code committed} or {@code rolled_back}). */
    public static void transaction(String outcome, long nanos) {
        TRANSACTIONS.computeIfAbsent(labels("outcome", outcome), k -> new Histogram()).observe(nanos / 1e9);
    }

    /** A record was created and committed. */
    public static void created(String module, String kind) {
        CREATED.computeIfAbsent(labels("module", module, "kind", kind), k -> new LongAdder()).increment();
    }

    /** A login decided: {@code in}, {@code wrong} or {@code refused}. */
    public static void login(String outcome) {
        LOGINS.computeIfAbsent(labels("outcome", outcome), k -> new LongAdder()).increment();
    }

    /** A database connection taken by Neiqin's code ({@code +1}) or given back ({@code -1}). */
    public static void connections(int change) {
        CONNECTIONS.addAndGet(change);
    }

    private static String labels(String... kv) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(kv[i]).append("=\"").append(escape(kv[i + 1])).append('"');
        }
        return sb.toString();
    }

    private static String escape(String value) {
        return (value == null ? "" : value).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    /**
     * @param reviewsOpen open review rounds per document kind (read from the database by the caller)
     * @param ready whether every installed module serves
     * @param connectionsMax the pool's size, or -1 when unknown
     * @return every figure in the Prometheus text exposition format 0.0.4
     */
    public static String render(Map<String, Long> reviewsOpen, boolean ready, int connectionsMax) {
        StringBuilder out = new StringBuilder(8192);
        histograms(out, "neiqin_http_request_duration_seconds",
                "REST requests answered, by resource (class.method), method and status, and how long they took", REQUESTS);
        histograms(out, "neiqin_db_transaction_duration_seconds",
                "database transactions that used a connection, by outcome, and how long they held it", TRANSACTIONS);
        gauge(out, "neiqin_db_connections_in_use", "database connections Neiqin's code holds now",
                Map.of("", (double) CONNECTIONS.get()));
        if (connectionsMax >= 0) {
            gauge(out, "neiqin_db_connections_max", "the size of the database connection pool",
                    Map.of("", (double) connectionsMax));
        }
        counters(out, "neiqin_records_created_total", "records created and committed, by module and kind", CREATED);
        Map<String, Double> reviews = new TreeMap<>();
        reviewsOpen.forEach((kind, n) -> reviews.put(labels("kind", kind), n.doubleValue()));
        gauge(out, "neiqin_reviews_open", "review rounds waiting for a decision, by document kind", reviews);
        counters(out, "neiqin_logins_total", "logins that asked the realm or were refused, by outcome", LOGINS);
        gauge(out, "neiqin_ready", "1 when every installed module serves", Map.of("", ready ? 1.0 : 0.0));
        jvm(out);
        return out.toString();
    }

    private static void histograms(StringBuilder out, String name, String help, Map<String, Histogram> series) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(" histogram\n");
        for (Map.Entry<String, Histogram> e : new TreeMap<>(series).entrySet()) {
            Histogram h = e.getValue();
            long cumulative = 0;
            for (int i = 0; i < BUCKETS.length; i++) {
                cumulative += h.buckets[i].sum();
                out.append(name).append("_bucket{").append(e.getKey()).append(",le=\"").append(number(BUCKETS[i]))
                        .append("\"} ").append(cumulative).append('\n');
            }
            long count = h.count.sum();
            out.append(name).append("_bucket{").append(e.getKey()).append(",le=\"+Inf\"} ").append(count).append('\n');
            out.append(name).append("_sum{").append(e.getKey()).append("} ").append(number(h.sum.sum())).append('\n');
            out.append(name).append("_count{").append(e.getKey()).append("} ").append(count).append('\n');
        }
    }

    private static void counters(StringBuilder out, String name, String help, Map<String, LongAdder> series) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(" counter\n");
        for (Map.Entry<String, LongAdder> e : new TreeMap<>(series).entrySet()) {
            out.append(name).append('{').append(e.getKey()).append("} ").append(e.getValue().sum()).append('\n');
        }
    }

    private static void gauge(StringBuilder out, String name, String help, Map<String, Double> series) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(" gauge\n");
        for (Map.Entry<String, Double> e : new TreeMap<>(series).entrySet()) {
            out.append(name);
            if (!e.getKey().isEmpty()) {
                out.append('{').append(e.getKey()).append('}');
            }
            out.append(' ').append(number(e.getValue())).append('\n');
        }
    }

    private static void jvm(StringBuilder out) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Map<String, Double> used = new TreeMap<>();
        used.put(labels("area", "heap"), (double) memory.getHeapMemoryUsage().getUsed());
        used.put(labels("area", "nonheap"), (double) memory.getNonHeapMemoryUsage().getUsed());
        gauge(out, "jvm_memory_used_bytes", "memory the JVM uses, by area", used);
        Map<String, Double> committed = new TreeMap<>();
        committed.put(labels("area", "heap"), (double) memory.getHeapMemoryUsage().getCommitted());
        committed.put(labels("area", "nonheap"), (double) memory.getNonHeapMemoryUsage().getCommitted());
        gauge(out, "jvm_memory_committed_bytes", "memory the JVM holds from the system, by area", committed);
        gauge(out, "jvm_memory_max_bytes", "the largest heap the JVM may use",
                Map.of(labels("area", "heap"), (double) memory.getHeapMemoryUsage().getMax()));
        Map<String, Double> pools = new TreeMap<>();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            pools.put(labels("pool", p.getName()), (double) p.getUsage().getUsed());
        }
        gauge(out, "jvm_memory_pool_used_bytes", "memory used, by pool", pools);
        Map<String, Double> collections = new TreeMap<>();
        Map<String, Double> seconds = new TreeMap<>();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            collections.put(labels("gc", gc.getName()), (double) gc.getCollectionCount());
            seconds.put(labels("gc", gc.getName()), gc.getCollectionTime() / 1000.0);
        }
        out.append("# HELP jvm_gc_collections_total garbage collections, by collector\n# TYPE jvm_gc_collections_total counter\n");
        collections.forEach((k, v) -> out.append("jvm_gc_collections_total{").append(k).append("} ").append(number(v)).append('\n'));
        out.append("# HELP jvm_gc_collection_seconds_total time spent collecting garbage, by collector\n"
                + "# TYPE jvm_gc_collection_seconds_total counter\n");
        seconds.forEach((k, v) -> out.append("jvm_gc_collection_seconds_total{").append(k).append("} ").append(number(v)).append('\n'));
        gauge(out, "jvm_threads", "live threads", Map.of("", (double) ManagementFactory.getThreadMXBean().getThreadCount()));
        gauge(out, "process_uptime_seconds", "seconds since the JVM started",
                Map.of("", ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0));
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, "%.6f", v);
    }
}
