package org.neiqin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.After;
import org.junit.Test;
import org.neiqin.testing.Database;
import org.neiqin.testing.Http;
import org.neiqin.testing.Json;
import org.neiqin.testing.Node;
import org.neiqin.testing.Wait;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Backup and restore as the README says, under load: four clients create customers while the backup is taken
 * ({@code neiqin:backup} on Derby, {@code pg_dump} on PostgreSQL); the backup is restored into a fresh distribution,
 * which must hold every customer acknowledged before the backup began, verify its audit chains and number on
 * without a gap or a number given twice.
 */
public class BackupIT {
    private static final String CUSTOMERS = "/neiqin/api/crm/customers";
    private static final String JSON = "application/json";

    private final List<Node> nodes = new ArrayList<>();

    @After
    public void stopNodes() {
        nodes.forEach(Node::stop);
    }

    private Node start(Path dir, Database.Target db, Path derbyBackup) throws Exception {
        Node node = Node.unpack(Node.distribution(), dir, Node.Ports.free());
        Node.requireFree(node.ports().http());
        if (db != null) {
            node.usePostgresql(db);
        }
        if (derbyBackup != null) {
            // the README's restore: the backup's database directory in place of data/neiqin/derby, before the start
            Path target = node.home().resolve("data/neiqin");
            Files.createDirectories(target);
            Node.run(List.of("cp", "-r", derbyBackup.toString(), target.resolve("derby").toString()));
        }
        nodes.add(node);
        node.start();
        Http.as(null).at(node.base()).await("/neiqin/health/ready", r -> r.statusCode() == 200, 300);
        return node;
    }

    private static String customer(String fullName) {
        return "{\"fullName\": \"" + fullName + "\", \"lifecycle\": \"NEW\", \"nature\": \"GENERAL_COMPANY\","
                + " \"paymentTerms\": \"PREPAYMENT\", \"infoSource\": \"VISIT\", \"region\": \"LN\", \"route\": \"SY\","
                + " \"phone\": \"024-2345 6789\"}";
    }

    /** @return every customer's name by its code */
    private static Map<String, String> customers(Node node) {
        Map<String, String> byCode = new java.util.TreeMap<>();
        for (int offset = 0;; offset += 500) {
            HttpResponse<String> page = Http.as("assistant").at(node.base()).get(CUSTOMERS + "?limit=500&offset=" + offset);
            assertEquals(page.body(), 200, page.statusCode());
            JsonNode rows = Json.parse(page.body()).get("rows");
            rows.forEach(r -> assertEquals("a code is given once", null, byCode.put(r.get("code").asText(),
                    r.get("fullName").asText())));
            if (rows.size() < 500) {
                return byCode;
            }
        }
    }

    @Test
    public void aBackupTakenUnderLoadRestoresIntoAFreshDistributionWithEverythingAcknowledgedBeforeIt() throws Exception {
        boolean postgres = Database.postgres();
        Path work = Path.of(System.getProperty("neiqin.build", "target"), "backup").toAbsolutePath();
        Node.run(List.of("rm", "-rf", work.toString()));
        Database.Target source = postgres ? Database.fresh() : null;
        Node a = start(work.resolve("node-a"), source, null);
        Http.as("assistant").at(a.base()).awaitAll(120, CUSTOMERS + "?limit=1");

        AtomicBoolean running = new AtomicBoolean(true);
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> work4 = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int client = t;
            work4.add(clients.submit(() -> {
                Http office = Http.as("assistant").at(a.base());
                for (int i = 0; running.get(); i++) {
                    String name = "备份客户-" + client + "-" + i;
                    HttpResponse<String> r = office.post(CUSTOMERS, JSON, customer(name), "Idempotency-Key", "backup-" + client + "-" + i);
                    if (r.statusCode() == 201) {
                        acknowledged.put(name, System.nanoTime());
                    }
                }
                return null;
            }));
        }
        Wait.until("customers acknowledged before the backup", 120, () -> acknowledged.size() >= 50);
        long began = System.nanoTime();
        Path dump = work.resolve(postgres ? "neiqin.dump" : "backup");
        if (postgres) {
            pgTool("pg_dump", source, "-Fc", "-f", dump.toString());
        } else {
            Node.ShellRun backup = a.shell("neiqin:backup " + dump);
            assertEquals(backup.output(), 0, backup.exit());
            assertTrue(backup.output(), backup.output().contains("backed up"));
        }
        long ended = System.nanoTime();
        Wait.until("customers acknowledged after the backup", 120,
                () -> acknowledged.values().stream().filter(at -> at > ended).count() >= 20);
        running.set(false);
        for (Future<?> f : work4) {
            f.get(60, TimeUnit.SECONDS);
        }
        clients.shutdown();
        a.stop();

        Set<String> before = new TreeSet<>();
        acknowledged.forEach((name, at) -> {
            if (at < began) {
                before.add(name);
            }
        });
        assertTrue("writes were acknowledged before the backup: " + before.size(), before.size() > 10);
        Database.Target restoredDb = null;
        Path derby = null;
        if (postgres) {
            restoredDb = Database.fresh();
            pgTool("pg_restore", restoredDb, "--no-owner", dump.toString());
        } else {
            try (Stream<Path> inside = Files.list(dump)) {
                derby = inside.filter(Files::isDirectory).findFirst().orElseThrow();
            }
        }
        Node b = start(work.resolve("node-b"), restoredDb, derby);
        Http.as("assistant").at(b.base()).awaitAll(120, CUSTOMERS + "?limit=1");

        Map<String, String> byCode = customers(b);
        Set<String> names = new TreeSet<>(byCode.values());
        assertEquals("each card once", byCode.size(), names.size());
        Set<String> missing = new TreeSet<>(before);
        missing.removeAll(names);
        assertEquals("every customer acknowledged before the backup began is in the restored copy", Set.of(), missing);
        int during = 0;
        for (Map.Entry<String, Long> e : acknowledged.entrySet()) {
            during += e.getValue() >= began && e.getValue() <= ended && names.contains(e.getKey()) ? 1 : 0;
        }
        HttpResponse<String> verified = Http.as("auditor").at(b.base()).get("/neiqin/api/core/audit/verification");
        assertEquals(verified.body(), 200, verified.statusCode());
        assertEquals("the restored audit chains verify: " + verified.body(), 0,
                Json.parse(verified.body()).get("problems").size());
        // customer codes run C00001, C00002, … without a gap, and the next one follows the last
        List<Integer> numbers = byCode.keySet().stream().map(c -> Integer.parseInt(c.replaceAll("\\D", ""))).sorted().toList();
        for (int i = 0; i < numbers.size(); i++) {
            assertEquals("the codes have no gap", i + 1, numbers.get(i).intValue());
        }
        HttpResponse<String> next = Http.as("assistant").at(b.base()).post(CUSTOMERS, JSON, customer("恢复后第一位客户"));
        assertEquals(next.body(), 201, next.statusCode());
        int nextNumber = Integer.parseInt(Json.parse(next.body()).get("code").asText().replaceAll("\\D", ""));
        assertEquals("the next code follows the last one restored", numbers.size() + 1, nextNumber);
        System.out.println("BackupIT (" + Database.name() + "): " + acknowledged.size() + " customers acknowledged, "
                + before.size() + " before the backup began (all restored), " + during + " of those acknowledged while it "
                + "ran are in it; the backup took " + (ended - began) / 1_000_000 + " ms under load; "
                + byCode.size() + " cards restored, the next code " + nextNumber);
    }

    /** Runs PostgreSQL's own {@code pg_dump} or {@code pg_restore} against {@code db}, as the README says. */
    private static void pgTool(String tool, Database.Target db, String... args) throws IOException, InterruptedException {
        Path bin;
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            bin = versions.sorted(java.util.Comparator.reverseOrder()).map(v -> v.resolve("bin").resolve(tool))
                    .filter(Files::isExecutable).findFirst().orElseThrow(() -> new AssertionError(tool + " not found"));
        }
        URI url = URI.create(db.url().substring("jdbc:".length()));
        List<String> command = new ArrayList<>(List.of(bin.toString(), "-h", url.getHost(), "-p",
                String.valueOf(url.getPort()), "-U", db.user(), "-d", url.getPath().substring(1)));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", db.password());
        Process p = pb.start();
        String said = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(tool + ": " + said, 0, p.waitFor());
    }
}
