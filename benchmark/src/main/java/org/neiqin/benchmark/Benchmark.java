package org.neiqin.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Neiqin's benchmark: boots the built distribution and a bare Karaf in the same run, measures boot
 * time, memory, document writes against raw JDBC on the same database, REST under 32 clients, and
 * list/report latency at scale. Prints each figure with its reference and writes a JSON summary.
 *
 * <p>Usage: {@code mvn -q -pl benchmark exec:java -Dexec.args=quick|full|mix|imports}; {@code mix} is for
 * development: one boot, then the writes and the REST mix only; {@code imports} boots once and imports
 * only ({@code -Dbenchmark.importRows=N}, 100 000 by default). {@code -Dbenchmark.jfr=DIR} records
 * each measured write and REST-mix phase with Java Flight Recorder ({@code DIR/<figure>.jfr}).
 */
public final class Benchmark {
    private final String mode;
    private final boolean quick;
    private final Path work;
    private final Path results;
    private final List<Map<String, Object>> figures = new ArrayList<>();
    /** Lines of each generated order or contract: 200 000 documents give the 1 000 000 lines of the full run. */
    private static final int LINES_PER_DOCUMENT = 5;

    private Benchmark(String mode) {
        this.mode = mode;
        this.quick = mode.equals("quick") || mode.equals("mix");
        this.work = Path.of(System.getProperty("benchmark.work", "target/work"));
        this.results = Path.of(System.getProperty("benchmark.results", "target"));
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length == 0 ? "full" : args[0];
        if (!List.of("quick", "full", "mix", "imports", "cluster", "scale").contains(mode)) {
            System.err.println("usage: Benchmark quick|full|mix|imports|cluster|scale");
            System.exit(2);
        }
        Benchmark b = new Benchmark(mode);
        try {
            b.run();
        } finally {
            for (KarafProcess k : b.started) {
                k.stop();
            }
        }
    }

    /** The database of the Neiqin home measured now. */
    private BenchDb database;

    /** Every Karaf this run started, stopped at the end whatever happened. */
    private final List<KarafProcess> started = new ArrayList<>();

    private void run() throws Exception {
        Path dist = Path.of(System.getProperty("neiqin.distribution"));
        Path bare = Path.of(System.getProperty("karaf.bare"));
        for (Path p : List.of(dist, bare)) {
            if (!Files.exists(p)) {
                throw new IllegalStateException(p + " is missing: run 'mvn install -DskipTests' first");
            }
        }
        Files.createDirectories(work);
        progress("mode " + mode + " on " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + System.getProperty("java.version") + ", " + (BenchDb.postgres() ? "PostgreSQL" : "embedded Derby"));
        if (mode.equals("cluster")) {
            cluster(dist);
            report();
            return;
        }
        if (mode.equals("imports")) {
            KarafProcess neiqin = neiqin(dist);
            neiqin.start();
            neiqin.awaitReady(assistant(), readyPaths(), 300);
            imports(neiqin, Integer.getInteger("benchmark.importRows", 100_000));
            neiqin.stop();
            report();
            return;
        }
        boolean scaleOnly = mode.equals("scale");
        KarafProcess neiqin = mode.equals("mix") || scaleOnly ? neiqin(dist) : boots(dist, bare, quick ? 1 : 3);
        if (scaleOnly) {
            // development: the schema made by one start, then the full mode's data and its list and report pages
            neiqin.start();
            neiqin.awaitReady(assistant(), readyPaths(), 300);
            neiqin.stop();
        } else {
            writesAndLoad(neiqin);
        }
        if (!mode.equals("mix")) {
            // 5: scale
            int customers = quick ? 10_000 : 100_000;
            int documents = quick ? 2_000 : Integer.getInteger("benchmark.documents", 200_000);
            Generator data = new Generator(database);
            long start = System.nanoTime();
            data.customers(customers);
            progress("generated " + customers + " customers in " + fmt((System.nanoTime() - start) / 1e9) + " s");
            start = System.nanoTime();
            data.contracts(documents, LINES_PER_DOCUMENT);
            progress("generated " + documents + " orders and contracts with " + documents * LINES_PER_DOCUMENT
                    + " lines in " + fmt((System.nanoTime() - start) / 1e9) + " s");
            int notes = quick ? 20_000 : documents;
            start = System.nanoTime();
            data.notes(notes);
            progress("generated " + notes + " delivery notes in " + fmt((System.nanoTime() - start) / 1e9) + " s");
            int invoices = quick ? 20_000 : Integer.getInteger("benchmark.invoices", 200_000);
            start = System.nanoTime();
            data.invoices(invoices, INVOICE_LINES);
            progress("generated " + invoices + " invoices with " + invoices * INVOICE_LINES + " lines, their receipts and"
                    + " matches in " + fmt((System.nanoTime() - start) / 1e9) + " s");
            int products = quick ? 10_000 : 100_000;
            start = System.nanoTime();
            long firstProduct = data.products(products);
            progress("generated " + products + " products in " + fmt((System.nanoTime() - start) / 1e9) + " s");
            start = System.nanoTime();
            data.priceLists(firstProduct, products);
            progress("generated 20 price lists over " + products + " products in " + fmt((System.nanoTime() - start) / 1e9)
                    + " s");
            int claims = Integer.getInteger("benchmark.claims", quick ? 20_000 : 100_000);
            start = System.nanoTime();
            data.claims(claims, CLAIM_LINES);
            progress("generated " + claims + " expense claims with " + claims * CLAIM_LINES + " lines and 70 budgets in "
                    + fmt((System.nanoTime() - start) / 1e9) + " s");
            int leads = Integer.getInteger("benchmark.leads", quick ? 20_000 : 100_000);
            start = System.nanoTime();
            data.leads(leads);
            progress("generated " + leads + " investment leads with their calls in " + fmt((System.nanoTime() - start)
                    / 1e9) + " s");
            neiqin.start();
            neiqin.awaitReady(assistant(), readyPaths(), 300);
            int requests = Integer.getInteger("benchmark.requests", quick ? 100 : 500);
            scale(requests, customers);
            contractsScale(requests, documents);
            logisticsScale(requests, notes);
            catalogScale(requests, products);
            priceScale(requests, firstProduct, products);
            invoicingScale(requests, invoices);
            expensesScale(requests, claims);
            leadsScale(requests, leads);
            if (!scaleOnly) {
                imports(neiqin, Integer.getInteger("benchmark.importRows", quick ? 2_000 : 100_000));
            }
            neiqin.stop();
        }
        report();
    }

    /** 1 + 2: boot time and memory, Neiqin and bare Karaf alternating; @return the Neiqin home, stopped. */
    private KarafProcess boots(Path dist, Path bare, int boots) throws Exception {
        List<Double> bareBoot = new ArrayList<>();
        List<Double> bareRss = new ArrayList<>();
        List<Double> nqBoot = new ArrayList<>();
        List<Double> nqRss = new ArrayList<>();
        // the full mode also starts each home a second time: what an operator waits for at every restart,
        // without the first start's feature resolution, bundle installation and database creation
        boolean restarts = mode.equals("full");
        List<Double> bareRestart = new ArrayList<>();
        List<Double> nqRestart = new ArrayList<>();
        KarafProcess neiqin = null;
        for (int i = 0; i < boots; i++) {
            KarafProcess k = bareKaraf(bare);
            Http admin = new Http(KarafProcess.HTTP_PORT, "admin", "admin");
            List<String> console = List.of("/system/console/bundles");
            k.start();
            bareBoot.add(k.awaitReady(admin, console, 180));
            bareRss.add(k.rssAfterGcMb());
            k.stop();
            if (restarts) {
                k.start();
                bareRestart.add(k.awaitReady(admin, console, 180));
                k.stop();
            }
            progress("bare Karaf boot " + (i + 1) + "/" + boots + ": " + fmt(bareBoot.get(i)) + " s"
                    + (restarts ? ", restart " + fmt(bareRestart.get(i)) + " s" : "") + ", RSS " + fmt(bareRss.get(i)) + " MB");
            neiqin = neiqin(dist);
            neiqin.start();
            nqBoot.add(neiqin.awaitReady(assistant(), readyPaths(), 300));
            nqRss.add(neiqin.rssAfterGcMb());
            neiqin.stop();
            if (restarts) {
                neiqin.start();
                nqRestart.add(neiqin.awaitReady(assistant(), readyPaths(), 300));
                neiqin.stop();
            }
            progress("Neiqin boot " + (i + 1) + "/" + boots + ": " + fmt(nqBoot.get(i)) + " s"
                    + (restarts ? ", restart " + fmt(nqRestart.get(i)) + " s" : "") + ", RSS " + fmt(nqRss.get(i)) + " MB");
        }
        figure("boot.bare_karaf", "bare Karaf 4.4.10 + webconsole, start to console page answering", "s", bareBoot, null);
        figure("boot.neiqin", "Neiqin distribution (core + crm + contracts + logistics), start to every REST resource and console page answering",
                "s", nqBoot, "target <= 1.3x bare: ratio " + fmt(median(nqBoot) / median(bareBoot)));
        if (restarts) {
            figure("boot.bare_karaf.restart", "the same bare Karaf home started again, to console page answering", "s",
                    bareRestart, null);
            figure("boot.neiqin.restart", "the same Neiqin home started again (features installed, database created), "
                    + "to every REST resource and console page answering", "s", nqRestart,
                    "target <= 1.3x bare: ratio " + fmt(median(nqRestart) / median(bareRestart)));
        }
        figure("rss.bare_karaf", "bare Karaf resident memory after boot and full GC", "MB", bareRss, null);
        figure("rss.neiqin", "Neiqin resident memory after boot and full GC", "MB", nqRss,
                "target <= bare + 80 MB: difference " + fmt(median(nqRss) - median(bareRss)) + " MB");
        return neiqin;
    }

    /** 3 + 4: writes through the service layer (REST) and REST under load, then raw JDBC on the same database. */
    private void writesAndLoad(KarafProcess neiqin) throws Exception {
        int writes = mode.equals("full") ? 1000 : 200;
        neiqin.start();
        neiqin.awaitReady(assistant(), readyPaths(), 300);
        // every phase starts with an unrecorded warm-up of the same work as well (and the mix needs customers)
        creates(writes / 2, 1);
        warmUp(neiqin, mode.equals("full") ? 240 : mode.equals("mix") ? 90 : 15);
        Histogram floor = timed(assistant(), "/neiqin/api/core/modules", writes);
        Rate one = recorded(neiqin, "writes.neiqin.1", () -> creates(writes, 1));
        Rate eight = recorded(neiqin, "writes.neiqin.8", () -> creates(writes, 8));
        progress("writes: " + fmt(one.perSecond()) + "/s at 1 thread, " + fmt(eight.perSecond()) + "/s at 8 threads, "
                + (one.failed() + eight.failed()) + " failed");
        costs(neiqin, mode.equals("full") ? 400 : 100);
        load(neiqin, quick ? 3 : 10, 1, false);
        recorded(neiqin, "rest.mix.32", () -> {
            // the full mode runs the mix three times, for a median and a spread: it swings by a fifth between runs
            load(neiqin, mode.equals("quick") ? 10 : 20, mode.equals("full") ? 3 : 1, true);
            return null;
        });
        // after the mix, so that compiling the contracts code does not run into the mix's figures
        List<Long> buyers = customerIds(assistant());
        int orders = writes / 2;
        orders(orders / 5, 1, buyers);
        Orders orders1 = recorded(neiqin, "writes.orders.1", () -> orders(orders, 1, buyers));
        Orders orders8 = recorded(neiqin, "writes.orders.8", () -> orders(orders, 8, buyers));
        progress("orders: " + fmt(orders1.perSecond()) + "/s at 1 thread, " + fmt(orders8.perSecond()) + "/s at 8 threads");
        int shipments = writes / 4;
        notes(shipments / 5, 1);
        Orders notes1 = recorded(neiqin, "writes.notes.1", () -> notes(shipments, 1));
        Orders notes8 = recorded(neiqin, "writes.notes.8", () -> notes(shipments, 8));
        progress("delivery notes: " + fmt(notes1.perSecond()) + "/s at 1 thread, " + fmt(notes8.perSecond())
                + "/s at 8 threads");
        // invoices bill what was ordered here (the orders' notes ship half a tonne): the setting, read at once
        neiqin.append("etc/org.neiqin.invoicing.cfg", "\nbillDelivered = false\n");
        Thread.sleep(3000);
        int invoices = writes / 4;
        invoices(invoices / 5, 1);
        Orders invoices1 = recorded(neiqin, "writes.invoices.1", () -> invoices(invoices, 1));
        Orders invoices8 = recorded(neiqin, "writes.invoices.8", () -> invoices(invoices, 8));
        progress("invoices: " + fmt(invoices1.perSecond()) + "/s at 1 thread, " + fmt(invoices8.perSecond())
                + "/s at 8 threads");
        int claims = writes / 4;
        claims(claims / 5, 1, 0);
        Orders claims1 = recorded(neiqin, "writes.claims.1", () -> claims(claims, 1, claims));
        Orders claims8 = recorded(neiqin, "writes.claims.8", () -> claims(claims, 8, 2 * claims));
        progress("expense claims: " + fmt(claims1.perSecond()) + "/s at 1 thread, " + fmt(claims8.perSecond())
                + "/s at 8 threads");
        int submissions = writes / 2;
        submissions(submissions / 5, 8, 0);
        Orders intake8 = recorded(neiqin, "intake.submissions.8", () -> submissions(submissions, 8, submissions));
        progress("public submissions: " + fmt(intake8.perSecond()) + "/s at 8 clients");
        neiqin.stop();
        double raw = rawJdbc(writes);
        figure("writes.neiqin.1", "customers created via REST -> service (number, audit entry, own transaction), 1 thread",
                "writes/s", List.of(one.perSecond()), "target >= 50% of raw JDBC: " + fmt(100 * one.perSecond() / raw) + " %")
                .put("errors", one.failed());
        figure("writes.neiqin.8", "the same at 8 threads", "writes/s", List.of(eight.perSecond()),
                fmt(100 * eight.perSecond() / raw) + " % of raw JDBC (1 thread)").put("errors", eight.failed());
        figure("writes.raw_jdbc.1", "raw JDBC single-row insert + commit into the same database", "writes/s", List.of(raw), null);
        if (database.isPostgres()) {
            double pgbench = database.pgbenchInserts(quick ? 10 : 30);
            if (pgbench >= 0) {
                figure("writes.pgbench.1", "pgbench, 1 client: single-row insert, each its own transaction, into the "
                        + "same database", "writes/s", List.of(pgbench), null);
            }
        }
        for (Orders o : List.of(orders1, orders8)) {
            // three transactions per order: set each against a raw single-row commit
            Map<String, Object> f = figure("writes.orders." + o.threads(), "orders of 3 lines taken into force via REST, "
                    + o.threads() + (o.threads() == 1 ? " thread" : " threads") + ": the assistant prepares (draft, revision,"
                    + " lines, audit entry) and submits (review round, audit entry), the manager approves (decision, "
                    + "number, audit entry); three transactions", "orders/s", List.of(o.perSecond()),
                    "transactions " + fmt(100 * 3 * o.perSecond() / raw) + " % of raw JDBC (1 thread)");
            f.put("errors", o.failed());
            Map<String, Object> steps = new LinkedHashMap<>();
            o.steps().forEach((step, h) -> steps.put(step, Map.of("p50_ms", ms(h, 50), "p95_ms", ms(h, 95))));
            f.put("by_step", steps);
        }
        for (Orders o : List.of(invoices1, invoices8)) {
            Map<String, Object> f = figure("writes.invoices." + o.threads(), "invoices of one order line issued via REST, "
                    + o.threads() + (o.threads() == 1 ? " thread" : " threads") + ": the assistant prepares the request"
                    + " (the line checked against the order under its lock row, VAT, audit entry) and submits it (review"
                    + " round), the manager approves, finance issues it (gapless number, the buyer's data, audit entry);"
                    + " four transactions", "invoices/s", List.of(o.perSecond()), "transactions "
                    + fmt(100 * 4 * o.perSecond() / raw) + " % of raw JDBC (1 thread)");
            f.put("errors", o.failed());
            Map<String, Object> steps = new LinkedHashMap<>();
            o.steps().forEach((step, h) -> steps.put(step, Map.of("p50_ms", ms(h, 50), "p95_ms", ms(h, 95))));
            f.put("by_step", steps);
        }
        for (Orders o : List.of(claims1, claims8)) {
            Map<String, Object> f = figure("writes.claims." + o.threads(), "expense claims of one line approved via REST, "
                    + o.threads() + (o.threads() == 1 ? " thread" : " threads") + ": the salesperson submits (number,"
                    + " fapiao number taken, travel standard and caps judged, audit entry) and attaches the receipt (a"
                    + " file in parts), the office checks (review round), the manager approves (the budget locked,"
                    + " counted and committed); four transactions", "claims/s", List.of(o.perSecond()), "transactions "
                    + fmt(100 * 4 * o.perSecond() / raw) + " % of raw JDBC (1 thread)");
            f.put("errors", o.failed());
            Map<String, Object> steps = new LinkedHashMap<>();
            o.steps().forEach((step, h) -> steps.put(step, Map.of("p50_ms", ms(h, 50), "p95_ms", ms(h, 95))));
            f.put("by_step", steps);
        }
        Map<String, Object> intake = figure("intake.submissions.8", "public submissions to the inquiry form's JSON"
                + " endpoint, without a login, 8 clients: 7 in 10 new inquiries (kept, a lead numbered, the assignment"
                + " rules, audit entries), 2 in 10 a repeat of one (a touch on its lead), 1 in 10 a bot's (the honeypot:"
                + " counted, nothing made); each counted against its address and phone or e-mail in the database",
                "submissions/s", List.of(intake8.perSecond()), null);
        intake.put("errors", intake8.failed());
        intake8.steps().forEach((step, h) -> intake.put(step, Map.of("p50_ms", ms(h, 50), "p95_ms", ms(h, 95))));
        for (Orders o : List.of(notes1, notes8)) {
            Map<String, Object> f = figure("writes.notes." + o.threads(), "delivery notes of a prepaying customer's order"
                    + " shipped via REST, " + o.threads() + (o.threads() == 1 ? " thread" : " threads") + ": the assistant"
                    + " prepares (number, line lock, audit entry) and submits (review round), finance signs (payment gate),"
                    + " the manager approves, the warehouse checks, the assistant ships; six transactions", "notes/s",
                    List.of(o.perSecond()), "transactions " + fmt(100 * 6 * o.perSecond() / raw) + " % of raw JDBC (1 thread)");
            f.put("errors", o.failed());
            Map<String, Object> steps = new LinkedHashMap<>();
            o.steps().forEach((step, h) -> steps.put(step, Map.of("p50_ms", ms(h, 50), "p95_ms", ms(h, 95))));
            f.put("by_step", steps);
        }
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("id", "warmup");
        w.put("what", "REST mix run unrecorded before the figures above, until the JIT compilers rest");
        w.put("unit", "s");
        w.put("seconds", warmUpSeconds);
        w.put("jit_share_of_machine_in_last_round_percent", round(100 * warmUpJitShare));
        figures.add(w);
        figures.add(latency("rest.floor.1", "authenticated GET of the module list, 1 client: the HTTP, login and JSON cost"
                + " that every REST write pays before any database work", floor, null));
    }

    /**
     * Runs the REST mix, unrecorded, until the server's JIT compilers rest: right after boot they
     * take half of the two cores for a minute or more (C2 compiling Jackson, Derby, Felix), and
     * the figures would measure the compiler instead of Neiqin. A server that has run for an hour
     * is what users meet. Stops when compiling took under 5 % of the machine in a 5-second round,
     * or after {@code maxSeconds}.
     */
    private void warmUp(KarafProcess server, int maxSeconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSeconds);
        double jit = server.jitSeconds();
        int rounds = 0;
        while (true) {
            load(server, 5, 1, false);
            rounds++;
            double now = server.jitSeconds();
            double share = (now - jit) / (5.0 * Runtime.getRuntime().availableProcessors());
            jit = now;
            progress("warm-up round " + rounds + ": JIT compiling took " + fmt(100 * share) + " % of the machine");
            if (share < 0.05 || System.nanoTime() > end) {
                warmUpSeconds = rounds * 5;
                warmUpJitShare = share;
                return;
            }
        }
    }

    private int warmUpSeconds;
    private double warmUpJitShare;

    /** Runs {@code phase}, with a flight recording of the server into {@code benchmark.jfr} if that is set. */
    private static <T> T recorded(KarafProcess server, String figure, java.util.concurrent.Callable<T> phase) throws Exception {
        String dir = System.getProperty("benchmark.jfr", "");
        if (dir.isBlank()) {
            return phase.call();
        }
        server.startRecording();
        try {
            return phase.call();
        } finally {
            Path file = Path.of(dir, figure + ".jfr");
            server.stopRecording(file);
            progress("flight recording of " + figure + ": " + file);
        }
    }

    private static List<String> readyPaths() {
        return List.of("/neiqin/api/core/modules", "/neiqin/api/crm/customers?limit=1", "/system/console/neiqin",
                "/neiqin/api/logistics/notes?limit=1", "/neiqin/api/catalog/products?limit=1",
                "/system/console/neiqin-customers", "/neiqin/api/contracts/documents?limit=1",
                "/system/console/neiqin-contracts", "/neiqin/api/invoicing/invoices?limit=1",
                "/neiqin/api/expenses/claims?limit=1", "/neiqin/api/leads/leads?limit=1");
    }

    private static Http assistant() {
        return new Http(KarafProcess.HTTP_PORT, "assistant", "assistant");
    }

    private KarafProcess bareKaraf(Path tar) throws IOException, InterruptedException {
        KarafProcess k = KarafProcess.unpack(tar, work, "bare-karaf");
        started.add(k);
        Path cfg = k.home().resolve("etc/org.apache.karaf.features.cfg");
        String text = Files.readString(cfg);
        Files.writeString(cfg, text.replaceFirst("featuresBoot\\s*=\\s*\\\\\\s*\\n", "featuresBoot = \\\\\n    http, webconsole, \\\\\n"));
        k.append("etc/users.properties", "\nadmin = admin, admin\n");
        return k;
    }

    private KarafProcess neiqin(Path tar) throws IOException, InterruptedException {
        KarafProcess k = KarafProcess.unpack(tar, work, "neiqin");
        started.add(k);
        k.set("etc/org.neiqin.demo.cfg", "enabled", "false");
        database = BenchDb.forHome(k);
        return k;
    }

    private static String customerJson(String name, String region) {
        return "{\"fullName\": \"" + name + "\", \"lifecycle\": \"NEW\", \"nature\": \"GENERAL_COMPANY\","
                + " \"paymentTerms\": \"PREPAYMENT\", \"infoSource\": \"VISIT\", \"region\": \"" + region + "\","
                + " \"route\": \"R1\", \"annualVolume\": {\"amount\": \"120000\", \"currency\": \"CNY\"},"
                + " \"phone\": \"024-23456789\"}";
    }

    /** Documents written per second, and how many of the requests failed (an error: there must be none). */
    private record Rate(double perSecond, long failed) {
    }

    /** @return customers created per second by {@code threads} clients, each create its own request and transaction. */
    private Rate creates(int n, int threads) throws Exception {
        Http http = assistant();
        String run = Long.toString(System.nanoTime(), 36);
        return parallel(n, threads, i -> mixRequest(http, "create", 0, "bench " + run + " " + i) == 201);
    }

    /**
     * {@code n} pieces of work shared by {@code threads} clients, each piece one after another on its
     * client. @return the pieces that succeeded per second, and how many failed
     */
    private static Rate parallel(int n, int threads, java.util.function.LongPredicate work) throws Exception {
        AtomicLong next = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ExecutorService pool = pool(threads);
        long start = System.nanoTime();
        List<Future<?>> all = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            all.add(pool.submit(() -> {
                long i;
                while ((i = next.getAndIncrement()) < n) {
                    if (!work.test(i)) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : all) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Rate((n - failed.get()) / seconds, failed.get());
    }

    /** An orders run: orders in force per second, and the latency of each step. */
    private record Orders(int threads, double perSecond, long failed, Map<String, Histogram> steps) {
    }

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

    /**
     * {@code n} orders by {@code threads} clients, each taken from draft to in force the way users
     * do it: the assistant prepares and submits, the manager opens the document's review and
     * approves. Every order is checked afterwards: in force, with a number.
     */
    private Orders orders(int n, int threads, List<Long> buyers) throws Exception {
        Http preparer = assistant();
        Http reviewer = new Http(KarafProcess.HTTP_PORT, "manager", "manager");
        Map<String, Recorder> steps = new LinkedHashMap<>();
        for (String step : List.of("prepare", "submit", "approve")) {
            steps.put(step, new Recorder(3));
        }
        List<Long> placed = Collections.synchronizedList(new ArrayList<>());
        String today = java.time.LocalDate.now().toString();
        Rate rate = parallel(n, threads, i -> {
            try {
                placed.add(order(preparer, reviewer, buyers.get((int) (i % buyers.size())), i, today, steps));
                return true;
            } catch (IllegalStateException | IOException e) {
                // a step answered an error: counted, and the run goes on (the order stays where it stopped)
                progress("order " + i + " failed: " + e.getMessage());
                return false;
            }
        });
        for (long id : placed) {
            String doc = expect(200, preparer.send("GET", "/neiqin/api/contracts/documents/" + id, null));
            if (!doc.contains("\"state\":\"EFFECTIVE\"") || doc.contains("\"number\":null")) {
                throw new IllegalStateException("order " + id + " is not in force with a number: " + doc);
            }
        }
        Map<String, Histogram> latencies = new LinkedHashMap<>();
        steps.forEach((step, r) -> latencies.put(step, r.getIntervalHistogram()));
        return new Orders(threads, rate.perSecond(), rate.failed(), latencies);
    }

    /**
     * {@code n} delivery notes, each for half a tonne of the second line of an order in force (the orders
     * placed above), from prepared to shipped. @return the notes per second and each step's latency
     */
    private Orders notes(int n, int threads) throws Exception {
        Http assistant = assistant();
        Http manager = new Http(KarafProcess.HTTP_PORT, "manager", "manager");
        Http finance = new Http(KarafProcess.HTTP_PORT, "finance", "finance");
        Http warehouse = new Http(KarafProcess.HTTP_PORT, "warehouse", "warehouse");
        List<String> orders = ordersInForce(assistant);
        if (orders.isEmpty()) {
            throw new IllegalStateException("no order in force to ship");
        }
        Map<String, String> lines = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, Recorder> steps = new LinkedHashMap<>();
        for (String step : List.of("prepare", "submit", "sign", "approve", "check", "ship")) {
            steps.put(step, new Recorder(3));
        }
        String today = java.time.LocalDate.now().toString();
        Rate rate = parallel(n, threads, i -> {
            String order = orders.get((int) (i % orders.size()));
            try {
                String line = lines.computeIfAbsent(order, o -> secondLine(assistant, o));
                long t0 = System.nanoTime();
                String note = expect(201, assistant.send("POST", "/neiqin/api/logistics/notes", "{\"document\": " + order
                        + ", \"shipTo\": \"沈阳市铁西区北二路 18 号\", \"deliveryMethod\": \"OWN_TRUCK\", \"promisedOn\": \""
                        + today + "\", \"lines\": [{\"line\": "
                        + line + ", \"quantity\": 0.5, \"batch\": \"B" + i + "\"}]}"));
                String path = "/neiqin/api/logistics/notes/" + group(ID, note);
                long t1 = System.nanoTime();
                note = expect(200, assistant.send("POST", path + "/submission", "{\"version\": " + group(VERSION, note) + "}"));
                long t2 = System.nanoTime();
                // the payment gate holds at the review too: finance signs before the manager approves
                note = expect(200, finance.send("POST", path + "/finance-signature", "{\"version\": " + group(VERSION, note)
                        + "}"));
                long t3 = System.nanoTime();
                String review = group(ID, expect(200, manager.send("GET", path + "/reviews", null)));
                expect(200, manager.send("POST", "/neiqin/api/core/reviews/" + review + "/decisions",
                        "{\"verdict\": \"APPROVE\", \"reason\": \"checked\"}"));
                note = expect(200, assistant.send("GET", path, null));
                long t4 = System.nanoTime();
                note = expect(200, warehouse.send("POST", path + "/warehouse-check", "{\"version\": " + group(VERSION, note)
                        + "}"));
                long t45 = System.nanoTime();
                expect(200, assistant.send("POST", path + "/tracking", "{\"version\": " + group(VERSION, note)
                        + ", \"to\": \"SHIPPED\"}"));
                long t5 = System.nanoTime();
                steps.get("prepare").recordValue((t1 - t0) / 1000);
                steps.get("submit").recordValue((t2 - t1) / 1000);
                steps.get("sign").recordValue((t3 - t2) / 1000);
                steps.get("approve").recordValue((t4 - t3) / 1000);
                steps.get("check").recordValue((t45 - t4) / 1000);
                steps.get("ship").recordValue((t5 - t45) / 1000);
                return true;
            } catch (IllegalStateException | IOException e) {
                progress("delivery note " + i + " failed: " + e.getMessage());
                return false;
            }
        });
        Map<String, Histogram> latencies = new LinkedHashMap<>();
        steps.forEach((step, r) -> latencies.put(step, r.getIntervalHistogram()));
        return new Orders(threads, rate.perSecond(), rate.failed(), latencies);
    }

    /** @return the ids of up to 500 orders in force */
    private static List<String> ordersInForce(Http assistant) throws IOException {
        List<String> orders = new ArrayList<>();
        Matcher m = ID.matcher(expect(200, assistant.send("GET",
                "/neiqin/api/contracts/documents?state=EFFECTIVE&kind=ORDER&limit=500", null)));
        while (m.find()) {
            orders.add(m.group(1));
        }
        return orders;
    }

    /** Customers whose statement of last month was signed back here (the generated customers settle monthly). */
    private final java.util.Set<String> reconciled = new java.util.HashSet<>();

    /**
     * The month-end reconciliation a monthly-settlement customer's invoice request follows: last month's statement of
     * each customer of the orders, prepared, agreed by finance, handed over and signed back (not timed).
     */
    private void signedStatements(Http assistant, Http finance, List<String> orders) throws IOException {
        java.time.YearMonth last = java.time.YearMonth.now().minusMonths(1);
        Pattern customer = Pattern.compile("\"customerId\":(\\d+)");
        for (String order : orders) {
            String c = group(customer, expect(200, assistant.send("GET", "/neiqin/api/contracts/documents/" + order,
                    null)));
            if (!reconciled.add(c)) {
                continue;
            }
            String s = expect(201, assistant.send("POST", "/neiqin/api/invoicing/statements", "{\"customerId\": " + c
                    + ", \"from\": \"" + last.atDay(1) + "\", \"to\": \"" + last.atEndOfMonth() + "\"}"));
            String path = "/neiqin/api/invoicing/statements/" + group(ID, s);
            s = expect(200, finance.send("POST", path + "/agreement", "{\"version\": " + group(VERSION, s) + "}"));
            s = expect(200, assistant.send("POST", path + "/sending", "{\"version\": " + group(VERSION, s)
                    + ", \"data\": {\"how\": \"HAND\"}}"));
            expect(200, assistant.send("POST", path + "/reply", "{\"version\": " + group(VERSION, s)
                    + ", \"data\": {\"signedOn\": \"" + java.time.LocalDate.now() + "\"}}"));
        }
    }

    /** @return the id of an order's second line (the rebar of the benchmark's orders), read once per order */
    private static String secondLine(Http assistant, String order) {
        try {
            Matcher lm = ID.matcher(expect(200, assistant.send("GET", "/neiqin/api/contracts/documents/" + order, null))
                    .replaceFirst("(?s).*?\"lines\"", ""));
            lm.find();
            lm.find();
            return lm.group(1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code n} invoices, each of one tonne of an order's rebar line, from request to issued, on {@code threads}. */
    private Orders invoices(int n, int threads) throws Exception {
        Http assistant = assistant();
        Http manager = new Http(KarafProcess.HTTP_PORT, "manager", "manager");
        Http finance = new Http(KarafProcess.HTTP_PORT, "finance", "finance");
        List<String> orders = ordersInForce(assistant);
        if (orders.isEmpty()) {
            throw new IllegalStateException("no order in force to invoice");
        }
        signedStatements(assistant, finance, orders.subList(0, Math.min(orders.size(), n)));
        Map<String, String> lines = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, Recorder> steps = new LinkedHashMap<>();
        for (String step : List.of("prepare", "submit", "approve", "issue")) {
            steps.put(step, new Recorder(3));
        }
        Rate rate = parallel(n, threads, i -> {
            String order = orders.get((int) (i % orders.size()));
            try {
                String line = lines.computeIfAbsent(order, o -> secondLine(assistant, o));
                long t0 = System.nanoTime();
                String invoice = expect(201, assistant.send("POST", "/neiqin/api/invoicing/invoices", "{\"invoice\":"
                        + " {\"documentId\": " + order + ", \"invoiceType\": \"ORDINARY\", \"medium\": \"DIGITAL\"},"
                        + " \"lines\": [{\"lineKey\": " + line + ", \"quantity\": 1, \"taxRate\": 13}]}"));
                String path = "/neiqin/api/invoicing/invoices/" + group(ID, invoice);
                long t1 = System.nanoTime();
                expect(200, assistant.send("POST", path + "/submission", "{\"version\": " + group(VERSION, invoice) + "}"));
                long t2 = System.nanoTime();
                Matcher round = Pattern.compile("\"id\":(\\d+),\"documentType\":\"invoicing\\.invoice\",\"documentId\":\""
                        + group(ID, invoice) + "\"").matcher(expect(200, manager.send("GET", "/neiqin/api/core/reviews", null)));
                if (!round.find()) {
                    throw new IllegalStateException("the invoice's review round is not in the manager's inbox");
                }
                String review = round.group(1);
                expect(200, manager.send("POST", "/neiqin/api/core/reviews/" + review + "/decisions",
                        "{\"verdict\": \"APPROVE\", \"reason\": \"agrees with the order\"}"));
                invoice = expect(200, finance.send("GET", path, null));
                long t3 = System.nanoTime();
                expect(200, finance.send("POST", path + "/issue", "{\"version\": " + group(VERSION, invoice) + "}"));
                long t4 = System.nanoTime();
                steps.get("prepare").recordValue((t1 - t0) / 1000);
                steps.get("submit").recordValue((t2 - t1) / 1000);
                steps.get("approve").recordValue((t3 - t2) / 1000);
                steps.get("issue").recordValue((t4 - t3) / 1000);
                return true;
            } catch (IllegalStateException | IOException e) {
                progress("invoice " + i + " failed: " + e.getMessage());
                return false;
            }
        });
        Map<String, Histogram> latencies = new LinkedHashMap<>();
        steps.forEach((step, r) -> latencies.put(step, r.getIntervalHistogram()));
        return new Orders(threads, rate.perSecond(), rate.failed(), latencies);
    }

    /** A one-page PDF standing in for a scanned fapiao. */
    private static final byte[] RECEIPT = "%PDF-1.4\n% a fapiao, scanned\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /**
     * {@code n} expense claims of one line, from submitted to approved, on {@code threads}: the salesperson submits and
     * attaches the receipt, the office checks, the manager approves.
     *
     * @param first the first of the {@code n} fapiao numbers the run takes (each is claimed once)
     */
    private Orders claims(int n, int threads, int first) throws Exception {
        Http sales = new Http(KarafProcess.HTTP_PORT, "sales", "sales");
        Http assistant = assistant();
        Http manager = new Http(KarafProcess.HTTP_PORT, "manager", "manager");
        String today = java.time.LocalDate.now().toString();
        Map<String, Recorder> steps = new LinkedHashMap<>();
        for (String step : List.of("submit", "receipt", "check", "approve")) {
            steps.put(step, new Recorder(3));
        }
        long run = System.currentTimeMillis() % 100_000;
        Rate rate = parallel(n, threads, i -> {
            try {
                long t0 = System.nanoTime();
                String claim = expect(201, sales.send("POST", "/neiqin/api/expenses/claims", "{\"claim\": {\"purpose\":"
                        + " \"bench " + i + "\"}, \"lines\": [{\"day\": \"" + today + "\", \"category\": \"OTHER\","
                        + " \"amount\": {\"amount\": \"10.00\", \"currency\": \"CNY\"}, \"fapiaoNo\": \""
                        + String.format("9%05d%08d", run, first + i) + "\", \"fapiaoAmount\": {\"amount\": \"10.00\","
                        + " \"currency\": \"CNY\"}}]}"));
                String path = "/neiqin/api/expenses/claims/" + group(ID, claim);
                long t1 = System.nanoTime();
                Http.Answer scanned = sales.upload("PUT", path + "/lines/1/receipt?version=" + group(VERSION, claim)
                        + "&name=fapiao.pdf", "application/pdf", RECEIPT, 60_000);
                claim = expect(200, scanned);
                long t2 = System.nanoTime();
                expect(200, assistant.send("POST", path + "/check", "{\"version\": " + group(VERSION, claim) + "}"));
                long t3 = System.nanoTime();
                Matcher round = Pattern.compile("\"id\":(\\d+),\"documentType\":\"expenses\\.claim\",\"documentId\":\""
                        + group(ID, claim) + "\"").matcher(expect(200, manager.send("GET", "/neiqin/api/core/reviews", null)));
                if (!round.find()) {
                    throw new IllegalStateException("the claim's review round is not in the manager's inbox");
                }
                expect(200, manager.send("POST", "/neiqin/api/core/reviews/" + round.group(1) + "/decisions",
                        "{\"verdict\": \"APPROVE\"}"));
                long t4 = System.nanoTime();
                steps.get("submit").recordValue((t1 - t0) / 1000);
                steps.get("receipt").recordValue((t2 - t1) / 1000);
                steps.get("check").recordValue((t3 - t2) / 1000);
                steps.get("approve").recordValue((t4 - t3) / 1000);
                return true;
            } catch (IllegalStateException | IOException e) {
                progress("claim " + i + " failed: " + e.getMessage());
                return false;
            }
        });
        Map<String, Histogram> latencies = new LinkedHashMap<>();
        steps.forEach((step, r) -> latencies.put(step, r.getIntervalHistogram()));
        return new Orders(threads, rate.perSecond(), rate.failed(), latencies);
    }

    /**
     * {@code n} public submissions on {@code threads} clients, each from an address of its own: 7 in 10 new, 2 in 10 a
     * repeat of an earlier one's phone, 1 in 10 a bot's; each must be answered 202.
     */
    private Orders submissions(int n, int threads, int first) throws Exception {
        Http anyone = new Http(KarafProcess.HTTP_PORT, "nobody", "");
        Recorder latency = new Recorder(3);
        long run = System.currentTimeMillis() % 1_000_000;
        Rate rate = parallel(n, threads, k -> {
            long i = first + k;
            long phone = i % 10 == 7 || i % 10 == 8 ? i - 7 : i;
            String body = "{\"company\": \"招商测试 " + run + " " + i + "\", \"contact\": \"测试\", \"phone\": \"139"
                    + String.format("%06d%05d", run, phone) + "\", \"message\": \"bench\""
                    + (i % 10 == 9 ? ", \"website\": \"http://spam.example\"" : "") + "}";
            String address = "100." + (64 + (i >> 16) % 64) + "." + ((i >> 8) & 255) + "." + (i & 255);
            try {
                long t0 = System.nanoTime();
                expect(202, anyone.anonymous("/neiqin/public/leads/submissions", body, address));
                latency.recordValue((System.nanoTime() - t0) / 1000);
                return true;
            } catch (IllegalStateException | IOException e) {
                progress("submission " + i + " failed: " + e.getMessage());
                return false;
            }
        });
        return new Orders(threads, rate.perSecond(), rate.failed(), Map.of("submit", latency.getIntervalHistogram()));
    }

    /** One order from draft to in force; @return its id. @throws IllegalStateException when a step answers an error */
    private static long order(Http preparer, Http reviewer, long customer, long i, String today,
            Map<String, Recorder> steps) throws IOException {
        long t0 = System.nanoTime();
        String doc = expect(201, preparer.send("POST", "/neiqin/api/contracts/documents", "{\"kind\": \"ORDER\","
                + " \"document\": {\"customerId\": " + customer + ", \"documentDate\": \"" + today + "\","
                + " \"paymentTerms\": \"PREPAYMENT\", \"region\": \"W\", \"city\": \"SY\"}, \"lines\": ["
                + orderLine("Hot-rolled coil", 12 + i % 7, 4100) + ", " + orderLine("Rebar", 30, 3650) + ", "
                + orderLine("Wire rod", 5, 3900) + "]}"));
        long t1 = System.nanoTime();
        String id = group(ID, doc);
        String documents = "/neiqin/api/contracts/documents/" + id;
        expect(200, preparer.send("POST", documents + "/submission", "{\"version\": " + group(VERSION, doc) + "}"));
        long t2 = System.nanoTime();
        String review = group(ID, expect(200, reviewer.send("GET", documents + "/reviews", null)));
        expect(200, reviewer.send("POST", "/neiqin/api/core/reviews/" + review + "/decisions",
                "{\"verdict\": \"APPROVE\", \"reason\": \"prices and terms checked\"}"));
        long t3 = System.nanoTime();
        steps.get("prepare").recordValue((t1 - t0) / 1000);
        steps.get("submit").recordValue((t2 - t1) / 1000);
        steps.get("approve").recordValue((t3 - t2) / 1000);
        return Long.parseLong(id);
    }

    private static String orderLine(String product, long quantity, int price) {
        return "{\"product\": \"" + product + "\", \"spec\": \"Q235B\", \"quantity\": " + quantity
                + ", \"unit\": \"t\", \"unitPrice\": {\"amount\": \"" + price + "\", \"currency\": \"CNY\"}}";
    }

    /** @return the body of an answer with the expected status; @throws IllegalStateException with any other answer */
    private static String expect(int status, Http.Answer answer) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException("expected " + status + ", got " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private static String group(Pattern p, String text) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException(p + " not in " + text);
        }
        return m.group(1);
    }

    /** One request of the REST mix; an update reads the card first for its version. @return the status, -1 for no answer. */
    private static int mixRequest(Http http, String kind, long id, String tag) {
        try {
            switch (kind) {
                case "list":
                    return http.status("GET", "/neiqin/api/crm/customers?region=W&limit=50&offset="
                            + 50 * ThreadLocalRandom.current().nextInt(5), null);
                case "read":
                    return http.status("GET", "/neiqin/api/crm/customers/" + id, null);
                case "create":
                    return http.status("POST", "/neiqin/api/crm/customers", customerJson("Load " + tag, "W"));
                default:
                    Http.Answer got = http.send("GET", "/neiqin/api/crm/customers/" + id, null);
                    Matcher v = Pattern.compile("\"version\":(\\d+)").matcher(got.body());
                    if (!v.find()) {
                        return -1;
                    }
                    return http.status("PUT", "/neiqin/api/crm/customers/" + id, "{\"version\": " + v.group(1)
                            + ", \"customer\": " + customerJson("Updated " + id + " " + tag, "W") + "}");
            }
        } catch (IOException e) {
            return -1;
        }
    }

    /** @return ids of up to 500 customers, for reads and updates */
    private static List<Long> customerIds(Http http) throws IOException {
        List<Long> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\"id\":(\\d+),\"code\"").matcher(
                http.send("GET", "/neiqin/api/crm/customers?limit=500", null).body());
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no customers to read or update: were they refused when the data set was"
                    + " made? " + http.send("POST", "/neiqin/api/crm/customers", customerJson("Probe", "W")).body());
        }
        return ids;
    }

    /**
     * Each request kind of the mix alone, one client, one request at a time: latency and the
     * server's CPU time per request, so that the mix's figure can be read as a sum of costs.
     */
    private void costs(KarafProcess server, int n) throws Exception {
        Http http = assistant();
        List<Long> ids = customerIds(http);
        Map<String, Object> kinds = new LinkedHashMap<>();
        Histogram overall = new Histogram(3);
        for (String kind : List.of("list", "read", "create", "update")) {
            // the CPU time includes the unrecorded requests: count them too
            int sent = n + Math.min(n, 50);
            double cpu = server.cpuSeconds();
            Histogram h = timed(kind, n, i -> mixRequest(http, kind, ids.get(i % ids.size()),
                    "cost " + kind + " " + i + " " + System.nanoTime()));
            cpu = server.cpuSeconds() - cpu;
            overall.add(h);
            kinds.put(kind, Map.of("p50_ms", ms(h, 50), "p95_ms", ms(h, 95), "server_cpu_ms", round(1000 * cpu / sent)));
        }
        Map<String, Object> f = latency("rest.cost.1", "each kind of the REST mix alone, 1 client, " + n
                + " requests per kind: latency and server CPU per request", overall, null);
        f.put("by_kind", kinds);
        figures.add(f);
        progress("REST costs, 1 client: " + kinds);
    }

    /** 32 clients for {@code seconds}: list with filters 50 %, read one 25 %, create 15 %, update with version 10 %. */
    private void load(KarafProcess server, int seconds, int rounds, boolean record) throws Exception {
        load(List.of(server), assistant(), "rest.mix.32", "", seconds, rounds, record);
    }

    /**
     * The REST mix: 32 clients sending {@code http} (one node, or the load balancer in front of
     * {@code servers}) lists, reads, creates and updates for {@code seconds}, {@code rounds} times.
     */
    private void load(List<KarafProcess> servers, Http http, String name, String where, int seconds, int rounds,
            boolean record) throws Exception {
        List<Long> ids = customerIds(http);
        Recorder all = new Recorder(3);
        Map<String, Recorder> byKind = new LinkedHashMap<>();
        for (String k : List.of("list", "read", "create", "update")) {
            byKind.put(k, new Recorder(3));
        }
        AtomicLong errors = new AtomicLong();
        AtomicLong conflicts = new AtomicLong();
        AtomicLong count = new AtomicLong();
        ExecutorService pool = pool(32);
        double serverCpu = cpuSeconds(servers);
        double clientCpu = clientCpuSeconds();
        double elapsed = 0;
        List<Double> roundRps = new ArrayList<>();
        List<Double> roundP95 = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Recorder thisRound = new Recorder(3);
            long countBefore = count.get();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            List<Future<?>> futures = new ArrayList<>();
            long start = System.nanoTime();
            for (int c = 0; c < 32; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    ThreadLocalRandom r = ThreadLocalRandom.current();
                    long i = 0;
                    while (System.nanoTime() < end) {
                        int dice = r.nextInt(100);
                        String kind = dice < 50 ? "list" : dice < 75 ? "read" : dice < 90 ? "create" : "update";
                        long id = ids.get(r.nextInt(ids.size()));
                        long t0 = System.nanoTime();
                        int status = mixRequest(http, kind, id, client + " " + (i++) + " " + t0);
                        long micros = (System.nanoTime() - t0) / 1000;
                        all.recordValue(micros);
                        thisRound.recordValue(micros);
                        byKind.get(kind).recordValue(micros);
                        count.incrementAndGet();
                        if (status == 409) {
                            conflicts.incrementAndGet();
                        } else if (status < 200 || status >= 300) {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            double roundSeconds = (System.nanoTime() - start) / 1e9;
            elapsed += roundSeconds;
            roundRps.add((count.get() - countBefore) / roundSeconds);
            roundP95.add(thisRound.getIntervalHistogram().getValueAtPercentile(95) / 1000.0);
            if (record && rounds > 1) {
                progress("REST mix round " + (round + 1) + "/" + rounds + ": " + fmt(roundRps.get(round)) + " req/s, p95 "
                        + fmt(roundP95.get(round)) + " ms");
            }
        }
        serverCpu = cpuSeconds(servers) - serverCpu;
        clientCpu = clientCpuSeconds() - clientCpu;
        pool.shutdown();
        if (!record) {
            return;
        }
        Histogram h = all.getIntervalHistogram();
        double rps = median(roundRps);
        progress("REST mix: " + fmt(rps) + " req/s" + (rounds > 1 ? " (median of " + rounds + ")" : "") + ", p95 "
                + fmt(h.getValueAtPercentile(95) / 1000.0) + " ms, errors " + errors.get());
        Map<String, Object> f = latency(name, "32 clients on loopback" + where + ", " + (rounds > 1 ? rounds + " rounds of " : "")
                + seconds + " s: list 50 % / read 25 % / create 15 % / update 10 %", h,
                "target >= 1000 req/s, p95 <= 50 ms, 0 errors");
        f.put("requests_per_s", round(rps));
        if (rounds > 1) {
            f.put("rounds", rounds);
            f.put("requests_per_s_min", round(roundRps.stream().mapToDouble(Double::doubleValue).min().orElse(0)));
            f.put("requests_per_s_max", round(roundRps.stream().mapToDouble(Double::doubleValue).max().orElse(0)));
            f.put("p95_ms_by_round", roundP95.stream().map(Benchmark::round).toList());
        }
        // on a 2-core machine the load generator competes with the server: say who used the CPU
        f.put("server_cpu_ms_per_request", round(1000 * serverCpu / count.get()));
        f.put("client_cpu_ms_per_request", round(1000 * clientCpu / count.get()));
        f.put("cpu_busy_percent_of_machine", round(100 * (serverCpu + clientCpu)
                / (elapsed * Runtime.getRuntime().availableProcessors())));
        f.put("errors", errors.get());
        f.put("conflicts_409", conflicts.get());
        Map<String, Object> kinds = new LinkedHashMap<>();
        byKind.forEach((k, rec) -> {
            Histogram kh = rec.getIntervalHistogram();
            kinds.put(k, Map.of("count", kh.getTotalCount(), "p50_ms", ms(kh, 50), "p95_ms", ms(kh, 95)));
        });
        f.put("by_kind", kinds);
        figures.add(f);
    }

    private static double cpuSeconds(List<KarafProcess> servers) throws IOException {
        double sum = 0;
        for (KarafProcess k : servers) {
            sum += k.cpuSeconds();
        }
        return sum;
    }

    /**
     * The REST mix through nginx (Debian's, with the distribution's {@code etc/nginx-neiqin.conf}) in front
     * of one node, then of two nodes on the same PostgreSQL database: what a second node brings. On a
     * machine of few cores the nodes, the database, nginx and the load generator share them.
     */
    private void cluster(Path dist) throws Exception {
        if (!BenchDb.postgres()) {
            throw new IllegalStateException("the cluster mode needs PostgreSQL: .ci/postgres mvn -q -pl benchmark exec:java"
                    + " -Dexec.args=cluster");
        }
        KarafProcess a = neiqin(dist);
        org.neiqin.testing.Node.Ports second = org.neiqin.testing.Node.Ports.free();
        KarafProcess b = KarafProcess.unpack(dist, work, "neiqin-b", second);
        started.add(b);
        b.set("etc/org.neiqin.demo.cfg", "enabled", "false");
        database.alsoFor(b);
        int seconds = Integer.getInteger("benchmark.clusterSeconds", 20);
        int port = org.neiqin.testing.Node.freePort();
        Http balanced = new Http(port, "assistant", "assistant");
        a.start();
        a.awaitReady(assistant(), readyPaths(), 300);
        creates(500, 4);
        // the node alone, without the balancer, warmed up the same way: what nginx itself costs
        load(List.of(a), assistant(), "", "", 60, 1, false);
        load(List.of(a), assistant(), "cluster.mix.direct", ", straight to one node on PostgreSQL", seconds, 1, true);
        List<Double> rps = new ArrayList<>();
        List<Double> p95 = new ArrayList<>();
        for (List<KarafProcess> nodes : List.of(List.of(a), List.of(a, b))) {
            if (nodes.size() == 2) {
                b.start();
                b.awaitReady(new Http(second.http(), "assistant", "assistant"), readyPaths(), 300);
            }
            try (org.neiqin.testing.Nginx nginx = org.neiqin.testing.Nginx.start(a.home().resolve("etc/nginx-neiqin.conf"),
                    work.resolve("nginx"), port, nodes.stream().map(KarafProcess::node).toList())) {
                // warm the new node up through the balancer, then measure
                load(nodes, balanced, "", "", nodes.size() == 1 ? 10 : 60, 1, false);
                String name = "cluster.mix." + nodes.size();
                load(nodes, balanced, name, ", through nginx to " + nodes.size() + (nodes.size() == 1 ? " node" : " nodes")
                        + " on one PostgreSQL", seconds, 1, true);
                Map<String, Object> f = figures.get(figures.size() - 1);
                rps.add(((Number) f.get("requests_per_s")).doubleValue());
                p95.add(((Number) f.get("p95")).doubleValue());
            }
        }
        Map<String, Object> direct = figures.get(figures.size() - 3);
        progress("REST mix straight to one node " + fmt(((Number) direct.get("requests_per_s")).doubleValue()) + " req/s p95 "
                + fmt(((Number) direct.get("p95")).doubleValue()) + " ms; through nginx: 1 node " + fmt(rps.get(0)) + " req/s p95 " + fmt(p95.get(0)) + " ms; 2 nodes "
                + fmt(rps.get(1)) + " req/s p95 " + fmt(p95.get(1)) + " ms");
        a.stop();
        b.stop();
    }

    /** Client threads that never keep the program alive: a failed phase ends the run with its error. */
    private static ExecutorService pool(int threads) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "benchmark-client");
            t.setDaemon(true);
            return t;
        });
    }

    private static double clientCpuSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
    }

    /** Single-row insert + commit, one by one, into the Neiqin database (Karaf stopped). */
    private double rawJdbc(int n) throws SQLException {
        try (Connection c = database.connect()) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE BENCH_RAW (ID INT PRIMARY KEY, PAYLOAD VARCHAR(200))");
            }
            c.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO BENCH_RAW (ID, PAYLOAD) VALUES (?, ?)")) {
                for (int i = 0; i < n; i++) {
                    ps.setInt(1, i);
                    ps.setString(2, "raw row " + i);
                    ps.executeUpdate();
                    c.commit();
                }
            }
            double rate = n / ((System.nanoTime() - start) / 1e9);
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE BENCH_RAW");
            }
            c.commit();
            return rate;
        } finally {
            database.release();
        }
    }

    private void scale(int requests, int customers) throws IOException {
        Map<String, String> lists = new LinkedHashMap<>();
        lists.put("first page, by code", "/neiqin/api/crm/customers?limit=50");
        lists.put("region filter, page 3", "/neiqin/api/crm/customers?region=R7&limit=50&offset=100");
        lists.put("grade + lifecycle filter", "/neiqin/api/crm/customers?grade=KEY&lifecycle=EXISTING&limit=50");
        lists.put("name search", "/neiqin/api/crm/customers?q=Customer%2012&limit=50");
        lists.put("console list page", "/system/console/neiqin-customers?region=R7&size=50");
        pages("scale.list", "filtered list pages of 50 rows at " + customers + " customers", lists, requests,
                "target p95 <= 30 ms");
        Map<String, String> reports = new LinkedHashMap<>();
        for (String d : List.of("nature", "grade", "region", "route")) {
            reports.put(d, "/neiqin/api/crm/customers/report/" + d);
        }
        pages("scale.reports", "customer composition reports at " + customers + " customers", reports,
                Math.max(10, requests / 10), null);
    }

    /**
     * 6: customers imported from a CSV file and from an Excel workbook of {@code rows} rows each, as a
     * back office sends them: rows per second of the whole import (read, checked, numbered, audited,
     * one transaction); then the same import again (other names) while the server's live heap is
     * sampled, a full GC before each sample, to show the heap an import holds above the heap before it.
     */
    private void imports(KarafProcess neiqin, int rows) throws Exception {
        importFigure(neiqin, "import.csv", "CSV (GBK, as Excel in a Chinese Windows saves it)", rows, false);
        importFigure(neiqin, "import.xlsx", "Excel workbook (.xlsx)", rows, true);
    }

    /** A file of {@code rows} customers named after {@code prefix}: GBK CSV, or an .xlsx workbook. */
    private static byte[] customerFile(String prefix, int rows, boolean workbook) throws IOException {
        String[] header = {"fullName", "lifecycle", "nature", "paymentTerms", "infoSource", "region", "phone"};
        StringBuilder csv = new StringBuilder(String.join(",", header)).append("\r\n");
        java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(xlsx, "Benchmark", "1.0");
        org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("customers");
        for (int c = 0; c < header.length; c++) {
            ws.value(0, c, header[c]);
        }
        for (int r = 1; r <= rows; r++) {
            String[] v = {prefix + r, "NEW", "GENERAL_COMPANY", "PREPAYMENT", "VISIT", "R" + (r % 20),
                "024-" + (2000_0000 + r)};
            if (workbook) {
                for (int c = 0; c < v.length; c++) {
                    ws.value(r, c, v[c]);
                }
            } else {
                csv.append(String.join(",", v)).append("\r\n");
            }
        }
        wb.finish();
        return workbook ? xlsx.toByteArray() : csv.toString().getBytes(java.nio.charset.Charset.forName("GBK"));
    }

    private void importFigure(KarafProcess neiqin, String id, String what, int rows, boolean workbook)
            throws Exception {
        String type = workbook ? "application/octet-stream" : "text/csv";
        byte[] file = customerFile("导入客户 " + id + " ", rows, workbook);
        long start = System.nanoTime();
        upload(id, type, file);
        double seconds = (System.nanoTime() - start) / 1e9;
        figure(id, what + ", " + rows + " customers in one import (" + file.length / 1024 + " KB)", "rows/s",
                List.of(rows / seconds), null);

        file = customerFile("再次导入客户 " + id + " ", rows, workbook);
        double before = neiqin.heapUsedMb(true);
        double[] peak = {before};
        java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                try {
                    peak[0] = Math.max(peak[0], neiqin.heapUsedMb(true));
                    Thread.sleep(1000);
                } catch (Exception e) {
                    return;
                }
            }
        });
        sampler.start();
        upload(id, type, file);
        running.set(false);
        sampler.join();
        figure(id + ".heap", "live heap during the " + id + " above the live heap before it (" + fmt(before)
                + " MB; full GC before each sample, every second)", "MB", List.of(peak[0] - before),
                "must not grow with the file");
        progress(id + ": " + rows + " rows in " + fmt(seconds) + " s (" + fmt(rows / seconds) + " rows/s), live heap +"
                + fmt(peak[0] - before) + " MB");
    }

    private static void upload(String id, String type, byte[] file) throws IOException, InterruptedException {
        Http.Answer a = new Http(KarafProcess.HTTP_PORT, "assistant", "assistant")
                .upload("/neiqin/api/crm/customers/import?dryRun=false", type, file, 3_600_000);
        if (a.statusCode() != 200) {
            throw new IllegalStateException(id + ": " + a.statusCode() + " " + a.body());
        }
    }

    /** Lists and statistics of orders and contracts at scale, as for customers. */
    private void contractsScale(int requests, int documents) throws IOException {
        String customer = group(ID, assistant().send("GET", "/neiqin/api/crm/customers?region=R7&q=Generated&limit=1",
                null).body());
        java.time.LocalDate today = java.time.LocalDate.now();
        String lastMonth = "from=" + today.minusMonths(1) + "&to=" + today;
        String docs = "/neiqin/api/contracts/documents?";
        Map<String, String> lists = new LinkedHashMap<>();
        lists.put("first page, newest first", docs + "limit=50");
        lists.put("orders in force, page 3", docs + "kind=ORDER&state=EFFECTIVE&limit=50&offset=100");
        lists.put("region filter", docs + "region=R7&limit=50");
        lists.put("one customer's documents", docs + "customer=" + customer + "&limit=50");
        lists.put("last month", docs + lastMonth + "&limit=50");
        lists.put("number search", docs + "q=GEN-00012&limit=50");
        lists.put("console list page", "/system/console/neiqin-contracts?kind=ORDER&state=EFFECTIVE");
        String size = documents + " documents with " + documents * LINES_PER_DOCUMENT + " lines";
        pages("scale.contracts.list", "filtered lists of orders and contracts, 50 rows, at " + size, lists, requests,
                "target p95 <= 30 ms");
        String stats = "/neiqin/api/contracts/statistics?";
        Map<String, String> reports = new LinkedHashMap<>();
        reports.put("last month, by month", stats + lastMonth);
        reports.put("last year, by quarter and region", stats + "from=" + today.minusYears(1) + "&to=" + today
                + "&period=QUARTER&by=REGION");
        reports.put("three years, by year and salesperson", stats + "from=" + today.minusYears(3) + "&to=" + today
                + "&period=YEAR&by=SALESPERSON");
        reports.put("price level, last year, by quarter and grade", "/neiqin/api/contracts/price-level?from="
                + today.minusYears(1) + "&to=" + today + "&period=QUARTER&by=GRADE");
        pages("scale.contracts.statistics", "count, value and fulfilment of orders and contracts, and the price level"
                + " realised, at " + size, reports, Math.max(10, requests / 10), null);
        Map<String, String> planning = new LinkedHashMap<>();
        planning.put("lines waiting for a ship date", "/neiqin/api/contracts/ship-dates?show=AWAITING");
        planning.put("lines later than promised", "/neiqin/api/contracts/ship-dates?show=LATE");
        planning.put("the planning board page", "/system/console/neiqin-planning");
        planning.put("the office's home page (counts them)", "/system/console/neiqin");
        pages("scale.contracts.planning", "the planning board and the home page that counts its lines, at " + size,
                planning, Math.max(10, requests / 10), "target p95 <= 100 ms");
    }

    /** 5: the delivery lists and reports at {@code notes} generated delivery notes. */
    private void logisticsScale(int requests, int notes) throws IOException {
        java.time.LocalDate today = java.time.LocalDate.now();
        String document = group(ID, assistant().send("GET", "/neiqin/api/contracts/documents?q=GEN-0000001&limit=1", null)
                .body());
        String list = "/neiqin/api/logistics/notes?";
        Map<String, String> lists = new LinkedHashMap<>();
        lists.put("first page", list + "limit=50");
        lists.put("in transit, page 3", list + "state=IN_TRANSIT&limit=50&offset=100");
        lists.put("late to leave", list + "late=true&limit=50");
        lists.put("one order's notes", list + "document=" + document);
        lists.put("number search", list + "q=GFH-0001234&limit=50");
        lists.put("console list page", "/system/console/neiqin-logistics?state=DELIVERED");
        String size = notes + " delivery notes";
        pages("scale.logistics.list", "filtered lists of delivery notes, 50 rows, at " + size, lists, requests,
                "target p95 <= 30 ms");
        String console = "/system/console/neiqin-logistics-reports?";
        String lastMonth = "from=" + today.minusMonths(1) + "&to=" + today;
        String lastYear = "from=" + today.minusYears(1) + "&to=" + today;
        Map<String, String> reports = new LinkedHashMap<>();
        reports.put("last month, by day", console + lastMonth + "&period=DAY");
        reports.put("last year, by month and region", console + lastYear + "&period=MONTH&by=REGION");
        reports.put("last year, by week and product", console + lastYear + "&period=WEEK&by=PRODUCT");
        reports.put("freight per month by carrier, last year", console + lastYear + "&period=MONTH&by=CARRIER");
        reports.put("late shipments, last quarter", console + "tab=late&from=" + today.minusMonths(3) + "&to=" + today);
        pages("scale.logistics.reports", "delivery reports (console pages) at " + size, reports,
                Math.max(10, requests / 10), null);
    }

    /** 5: the catalogue's list and the search an order line's product choice makes, at {@code products} products. */
    private void catalogScale(int requests, int products) throws IOException {
        String list = "/neiqin/api/catalog/products?";
        Map<String, String> lists = new LinkedHashMap<>();
        lists.put("first page, by code", list + "limit=50");
        lists.put("one group, page 3", list + "productGroup=G7&limit=50&offset=100");
        lists.put("code typed, as a line's product is chosen", list + "q=P00123&limit=10");
        lists.put("name typed", list + "q=" + java.net.URLEncoder.encode("螺纹钢 12", java.nio.charset.StandardCharsets.UTF_8)
                + "&limit=10");
        lists.put("discontinued", list + "state=DISCONTINUED&limit=50");
        lists.put("console list page", "/system/console/neiqin-catalog?productGroup=G7");
        pages("scale.catalog.list", "the product catalogue's list and search, at " + products + " products", lists,
                requests, "target p95 <= 30 ms");
    }

    /**
     * 6: the price an order line suggests as its product is chosen — the customer's grade's and region's lists, else
     * the default list, each at its version in force — at {@code products} products and 20 lists, a different product
     * each request.
     */
    private void priceScale(int requests, long firstProduct, int products) {
        Http http = assistant();
        String[] who = {"grade=KEY&region=R03", "grade=GENERAL", "region=R11", ""};
        Histogram h = timed("price lookups", requests * 4, i -> http.status("GET", "/neiqin/api/catalog/prices?product="
                + (firstProduct + (i * 7919L) % products) + (who[i % 4].isEmpty() ? "" : "&" + who[i % 4]), null));
        figures.add(latency("scale.catalog.price", "the price an order line suggests for a customer (grade and region"
                + " lists, else the default), " + products + " products, 20 lists with 2 versions in force each, "
                + requests * 4 + " requests, one client", h, "target p95 <= 30 ms"));
        progress("scale.catalog.price: p95 " + ms(h, 95) + " ms");
    }

    /** Lines per generated invoice: 200 000 invoices make the 1 000 000 invoice lines the full mode measures at. */
    private static final int INVOICE_LINES = 5;

    /**
     * 6: the ageing of receivables (per customer, salesperson and region, today and a year ago), a customer's statement of
     * account over a year, the month's collection plan and the receivables page, at {@code invoices} generated invoices.
     */
    private void invoicingScale(int requests, int invoices) throws IOException {
        java.time.LocalDate today = java.time.LocalDate.now();
        String customer = group(Pattern.compile("\"customerId\":(\\d+)"), assistant().send("GET",
                "/neiqin/api/contracts/documents?q=GEN-0000001&limit=1", null).body());
        String collection = "/neiqin/api/invoicing/collection/";
        Map<String, String> reads = new LinkedHashMap<>();
        reads.put("ageing per customer, today", collection + "ageing");
        reads.put("ageing per salesperson, a year ago", collection + "ageing?by=SALESPERSON&asOf=" + today.minusYears(1));
        reads.put("ageing per region, today", collection + "ageing?by=REGION");
        reads.put("a customer's statement over a year", collection + "statements/" + customer + "?from="
                + today.minusYears(1));
        reads.put("the month's collection plan", collection + "plan");
        reads.put("the receivables page (ageing per customer)", "/system/console/neiqin-receivables");
        String target = BenchDb.postgres() ? "target p95 <= 300 ms" : "target p95 <= 1 s";
        pages("scale.invoicing.receivables", "ageing, statements and the collection plan at " + invoices + " invoices ("
                + invoices * INVOICE_LINES + " invoice lines)", reads, Math.max(5, requests / 20), target);
    }

    /** Lines per generated expense claim. */
    private static final int CLAIM_LINES = 3;

    /**
     * 7: the expense ledger (spend per salesperson and per month over a year), the monthly statistics page, the budgets
     * page and the claims list, at {@code claims} generated claims.
     */
    private void expensesScale(int requests, int claims) throws IOException {
        java.time.LocalDate today = java.time.LocalDate.now();
        String year = "from=" + today.minusYears(1) + "&to=" + today;
        Map<String, String> reads = new LinkedHashMap<>();
        reads.put("spend per salesperson over a year", "/neiqin/api/expenses/spend?" + year + "&by=SALESPERSON");
        reads.put("spend per month over a year", "/neiqin/api/expenses/spend?" + year + "&by=MONTH");
        reads.put("the statistics page (salesperson x category, region, month)", "/system/console/neiqin-expense-reports");
        reads.put("the budgets page with its chart", "/system/console/neiqin-budgets");
        reads.put("claims approved, first page", "/neiqin/api/expenses/claims?state=APPROVED&limit=50");
        reads.put("claims of one salesperson, page 3", "/neiqin/api/expenses/claims?claimant=sales7&limit=50&offset=100");
        String target = BenchDb.postgres() ? "target p95 <= 300 ms" : "target p95 <= 1 s";
        pages("scale.expenses.reports", "the expense ledger, statistics, budgets and claim lists at " + claims
                + " claims (" + claims * CLAIM_LINES + " lines)", reads, Math.max(5, requests / 20), target);
    }

    /**
     * 8: the leads' lists (first page, the pool, those due, a region, a text search, a salesperson's own), the lead
     * statistics and the market intelligence at {@code leads} generated leads.
     */
    private void leadsScale(int requests, int leads) throws IOException {
        Map<String, String> reads = new LinkedHashMap<>();
        reads.put("leads, first page", "/neiqin/api/leads/leads?limit=50");
        reads.put("the public pool, first page", "/neiqin/api/leads/leads?pool=true&limit=50");
        reads.put("leads due to be called", "/neiqin/api/leads/leads?due=true&limit=50");
        reads.put("one region's negotiations", "/neiqin/api/leads/leads?region=" + Generator.REGIONS[1]
                + "&stage=NEGOTIATING&limit=50");
        reads.put("a text search", "/neiqin/api/leads/leads?q=" + java.net.URLEncoder.encode("公司 12",
                StandardCharsets.UTF_8) + "&limit=50");
        reads.put("one salesperson's leads, page 3", "/neiqin/api/leads/leads?owner=sales7&limit=50&offset=100");
        reads.put("the list page", "/system/console/neiqin-leads");
        reads.put("the statistics page (a year)", "/system/console/neiqin-lead-reports");
        reads.put("the market intelligence page", "/system/console/neiqin-lead-intelligence");
        String target = BenchDb.postgres() ? "target p95 <= 300 ms" : "target p95 <= 1 s";
        pages("scale.leads.lists", "the leads' lists, statistics and intelligence at " + leads + " leads", reads,
                Math.max(5, requests / 20), target);
    }

    /** One figure: each of {@code paths} requested {@code n} times by one client, p50/p95 per path and overall. */
    private void pages(String id, String what, Map<String, String> paths, int n, String target) {
        Http http = assistant();
        Histogram overall = new Histogram(3);
        Map<String, Object> kinds = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : paths.entrySet()) {
            Histogram h = timed(http, e.getValue(), n);
            overall.add(h);
            kinds.put(e.getKey(), Map.of("path", e.getValue(), "p50_ms", ms(h, 50), "p95_ms", ms(h, 95)));
        }
        Map<String, Object> f = latency(id, what + ", " + n + " requests per kind, one client", overall, target);
        f.put("by_kind", kinds);
        figures.add(f);
        progress(id + ": p95 " + ms(overall, 95) + " ms " + kinds);
    }

    private static Histogram timed(Http http, String path, int n) {
        return timed(path, n, i -> http.status("GET", path, null));
    }

    /**
     * {@code n} requests one after another, after {@code min(n, 50)} unrecorded ones.
     *
     * @param request sends request {@code i} and answers its status
     * @throws IllegalStateException at the first answer that is not 2xx
     */
    private static Histogram timed(String what, int n, java.util.function.IntUnaryOperator request) {
        for (int i = 0; i < Math.min(n, 50); i++) {
            request.applyAsInt(i);
        }
        Histogram h = new Histogram(3);
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            int status = request.applyAsInt(i);
            h.recordValue((System.nanoTime() - t0) / 1000);
            if (status < 200 || status >= 300) {
                throw new IllegalStateException(what + " answered " + status);
            }
        }
        return h;
    }

    // ---- reporting ---------------------------------------------------------------------------

    private Map<String, Object> figure(String id, String what, String unit, List<Double> runs, String target) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("id", id);
        f.put("what", what);
        f.put("unit", unit);
        f.put("runs", runs.size());
        f.put("median", round(median(runs)));
        f.put("min", round(Collections.min(runs)));
        f.put("max", round(Collections.max(runs)));
        if (target != null) {
            f.put("against", target);
        }
        figures.add(f);
        return f;
    }

    private Map<String, Object> latency(String id, String what, Histogram h, String target) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("id", id);
        f.put("what", what);
        f.put("unit", "ms");
        f.put("count", h.getTotalCount());
        f.put("p50", ms(h, 50));
        f.put("p95", ms(h, 95));
        f.put("p99", ms(h, 99));
        f.put("max", round(h.getMaxValue() / 1000.0));
        if (target != null) {
            f.put("against", target);
        }
        return f;
    }

    private void report() throws IOException {
        StringBuilder json = new StringBuilder("{\n  \"mode\": \"" + mode + "\",\n  \"when\": \""
                + Instant.now() + "\",\n  \"command\": \"mvn -q -pl benchmark exec:java -Dexec.args=" + mode
                + "\",\n  \"database\": \"" + (database == null ? "" : database.describe()) + "\",\n  \"cores\": "
                + Runtime.getRuntime().availableProcessors() + ",\n  \"figures\": [\n");
        System.out.println();
        System.out.println("=== Neiqin benchmark (" + mode + ") ===");
        for (int i = 0; i < figures.size(); i++) {
            Map<String, Object> f = figures.get(i);
            System.out.println(f);
            json.append("    ").append(toJson(f)).append(i + 1 < figures.size() ? ",\n" : "\n");
        }
        json.append("  ]\n}\n");
        Path out = results.resolve("benchmark-" + mode + ".json");
        Files.writeString(out, json);
        System.out.println("summary written to " + out);
    }

    @SuppressWarnings("unchecked")
    private static String toJson(Object o) {
        if (o instanceof Map) {
            StringBuilder sb = new StringBuilder("{");
            for (Map.Entry<String, Object> e : ((Map<String, Object>) o).entrySet()) {
                sb.append(sb.length() > 1 ? ", " : "").append('"').append(e.getKey()).append("\": ").append(toJson(e.getValue()));
            }
            return sb.append('}').toString();
        }
        if (o instanceof Number) {
            return o.toString();
        }
        return '"' + String.valueOf(o).replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static double ms(Histogram h, double percentile) {
        return round(h.getValueAtPercentile(percentile) / 1000.0);
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }

    private static void progress(String s) {
        System.out.println("[benchmark] " + s);
    }
}
