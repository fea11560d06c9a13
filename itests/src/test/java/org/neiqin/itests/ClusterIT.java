package org.neiqin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.neiqin.testing.Database;
import org.neiqin.testing.Http;
import org.neiqin.testing.Json;
import org.neiqin.testing.KarafOptions;
import org.neiqin.testing.Nginx;
import org.neiqin.testing.Node;
import org.neiqin.testing.Wait;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Two Neiqin distributions on one PostgreSQL database, each on its own ports, started at the same
 * moment on the empty database, behind Debian's nginx doing round robin without sticky sessions (the
 * distribution's {@code etc/nginx-neiqin.conf} as shipped): what the README's "Running several nodes"
 * promises, checked as the users of the two nodes meet it. Runs on PostgreSQL only ({@code .ci/postgres}):
 * embedded Derby belongs to one JVM.
 */
public class ClusterIT {
    private static final String CUSTOMERS = "/neiqin/api/crm/customers";
    private static final String JSON = "application/json";
    private static final int NGINX_PORT = KarafOptions.freePort();
    /** The documented time a password or role change takes to reach a node (remembered logins). */
    private static final int REMEMBERED_SECONDS = 30;

    private static final List<Node> NODES = new ArrayList<>();
    private static Node a;
    private static Node b;
    private static Nginx nginx;
    private static Database.Target db;
    /** Between the nodes and PostgreSQL: cut to take the database away from both, opened to bring it back. */
    private static TcpRelay relay;
    /** The company's SMTP server, here: what the two nodes' collection ladder mails arrives in it. */
    private static com.icegreen.greenmail.util.GreenMail smtp;

    @BeforeClass
    public static void startTwoNodesAtOnceBehindNginx() throws Exception {
        assertTrue("the cluster test runs on PostgreSQL (.ci/postgres)", Database.postgres());
        Path tar = Node.distribution();
        assertTrue("the distribution is installed at " + tar, Files.isRegularFile(tar));
        Path work = Path.of(System.getProperty("neiqin.build", "target"), "cluster");
        db = Database.fresh();
        a = Node.unpack(tar, work.resolve("node-a"), Node.Ports.free());
        b = Node.unpack(tar, work.resolve("node-b"), Node.Ports.free());
        int smtpPort = KarafOptions.freePort();
        smtp = new com.icegreen.greenmail.util.GreenMail(new com.icegreen.greenmail.util.ServerSetup(smtpPort,
                "127.0.0.1", "smtp"));
        smtp.start();
        java.net.URI server = java.net.URI.create(db.url().substring("jdbc:".length()));
        relay = new TcpRelay(server.getHost(), server.getPort());
        relay.open();
        Database.Target viaRelay = new Database.Target("jdbc:postgresql://127.0.0.1:" + relay.port() + server.getPath(),
                db.user(), db.password());
        for (Node node : List.of(a, b)) {
            Node.requireFree(node.ports().http());
            node.usePostgresql(viaRelay);
            node.set("etc/org.neiqin.mail.cfg", "host", "127.0.0.1");
            node.set("etc/org.neiqin.mail.cfg", "port", String.valueOf(smtpPort));
            node.set("etc/org.neiqin.mail.cfg", "from", "office@neiqin.test");
            // both nodes look for due work every two seconds: each tries to take the ladder's lease again and again
            node.set("etc/org.neiqin.work.cfg", "tick", "2");
            // a request Jetty fails itself (an exception out of a servlet) is logged with its stack
            node.set("etc/org.ops4j.pax.logging.cfg", "log4j2.logger.nqchannel.name", "org.eclipse.jetty.server.HttpChannel");
            node.set("etc/org.ops4j.pax.logging.cfg", "log4j2.logger.nqchannel.level", "DEBUG");
            NODES.add(node);
        }
        // both at the same moment, on the empty database: each migration and the demo data must happen once
        a.start();
        b.start();
        nginx = Nginx.start(a.home().resolve("etc/nginx-neiqin.conf"), work.resolve("nginx"), NGINX_PORT, List.of(a, b));
        for (Node node : List.of(a, b)) {
            List<String> ready = new ArrayList<>(Node.EVERY_MODULE);
            ready.addAll(List.of("/system/console/neiqin-customers", "/system/console/neiqin-customer?new=1",
                    "/system/console/neiqin-contracts"));
            Http.as("assistant").at(node.base()).awaitAll(300, ready.toArray(new String[0]));
        }
        // the demo data is loaded after the modules serve (the invoicing's last, after the orders and notes it bills);
        // a load the database went away under is tried again only at the next start, so every test begins after it
        Wait.until("the invoicing demo loaded", 180, probe(() -> !rows("SELECT NAME FROM NQ_DEMO_LOADED WHERE NAME ="
                + " 'invoicing.invoices'").isEmpty()));
    }

    @AfterClass
    public static void stopAll() {
        if (nginx != null) {
            nginx.close();
        }
        NODES.forEach(Node::stop);
        if (relay != null) {
            try {
                relay.close();
            } catch (java.io.IOException closing) {
                // the test is over
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    private static Http on(Node node, String user) {
        return Http.as(user).at(node.base());
    }

    private static Http balanced(String user) {
        return Http.as(user).at(nginx.base());
    }

    /** @return the node that answered (nginx lists every node it asked, the last one answered) */
    private static String node(HttpResponse<?> answer) {
        String asked = answer.headers().firstValue("X-Neiqin-Node").orElse("?");
        return asked.substring(asked.lastIndexOf(' ') + 1);
    }

    private static String customer(String fullName) {
        return "{\"fullName\": \"" + fullName + "\", \"lifecycle\": \"NEW\", \"nature\": \"GENERAL_COMPANY\","
                + " \"paymentTerms\": \"PREPAYMENT\", \"infoSource\": \"VISIT\", \"region\": \"LN\", \"route\": \"SY\","
                + " \"phone\": \"024-2345 6789\"}";
    }

    private static List<String[]> rows(String sql) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (Connection c = Database.connect(db.url(), db.user(), db.password()); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String[] row = new String[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getString(i + 1);
                }
                out.add(row);
            }
        }
        return out;
    }

    /** A database probe for {@link Wait#until}: a failure to read is a test failure. */
    private static java.util.function.Supplier<Boolean> probe(java.util.concurrent.Callable<Boolean> read) {
        return () -> {
            try {
                return read.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** @return when a piece of scheduled work's last run ended (stored as UTC, as core's JDBC writes instants) */
    private static java.time.Instant lastEnd(String name) throws SQLException {
        try (Connection c = Database.connect(db.url(), db.user(), db.password());
                java.sql.PreparedStatement ps = c.prepareStatement("SELECT LAST_END FROM NQ_WORK WHERE NAME = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                java.sql.Timestamp t = rs.next() ? rs.getTimestamp(1, java.util.Calendar.getInstance(
                        java.util.TimeZone.getTimeZone("UTC"))) : null;
                return t == null ? null : t.toInstant();
            }
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = Database.connect(db.url(), db.user(), db.password()); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void assertAuditChainsVerifyOnBothNodes() {
        for (Node node : List.of(a, b)) {
            HttpResponse<String> verified = on(node, "auditor").get("/neiqin/api/core/audit/verification");
            assertEquals(verified.body(), 200, verified.statusCode());
            JsonNode v = Json.parse(verified.body());
            assertEquals("the audit chains verify on " + node.base() + ": " + verified.body(), 0, v.get("problems").size());
            assertTrue(verified.body(), v.get("entriesChecked").asLong() > 0);
        }
    }

    @Test
    public void bothNodesStartedAtOnceRanEachMigrationOnceAndLoadedTheDemoOnce() throws Exception {
        // what each node says it applied, from its log: no script was applied by both
        Pattern applied = Pattern.compile("Neiqin module (\\S+): applied migrations \\[([^\\]]*)\\]");
        Map<String, List<String>> byModule = new TreeMap<>();
        for (Node node : List.of(a, b)) {
            Matcher m = applied.matcher(Files.readString(node.home().resolve("data/log/karaf.log")));
            while (m.find()) {
                // "V1 core tables, V2 id blocks"
                Matcher v = Pattern.compile("V(\\d+) ").matcher(m.group(2));
                while (v.find()) {
                    byModule.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(v.group(1));
                }
            }
        }
        Map<String, List<String>> history = new TreeMap<>();
        for (String[] r : rows("SELECT MODULE, VERSION FROM NQ_SCHEMA_HISTORY ORDER BY MODULE, VERSION")) {
            history.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]);
        }
        assertTrue("core, crm and contracts are migrated: " + history, history.keySet().containsAll(
                List.of("core", "crm", "contracts")));
        byModule.values().forEach(Collections::sort);
        history.values().forEach(Collections::sort);
        assertEquals("each migration was applied once, by one of the two nodes", history, byModule);
        for (Node node : List.of(a, b)) {
            JsonNode modules = Json.parse(on(node, "admin").get("/neiqin/api/core/modules").body());
            for (JsonNode m : modules) {
                assertEquals(node.base() + ": " + m, "ACTIVE", m.get("state").asText());
            }
        }
        assertEquals("each module's demo data was loaded once", List.of(), rows(
                "SELECT FULL_NAME, COUNT(*) FROM CRM_CUSTOMER GROUP BY FULL_NAME HAVING COUNT(*) > 1"));
        assertEquals(List.of("1"), rows("SELECT COUNT(*) FROM CRM_CUSTOMER WHERE FULL_NAME = '沈阳北方机械制造有限公司'")
                .stream().map(r -> r[0]).toList());
        List<String> loaded = rows("SELECT NAME FROM NQ_DEMO_LOADED").stream().map(r -> r[0]).toList();
        assertTrue("the demo data of crm and contracts is marked loaded: " + loaded, loaded.size() >= 2);
        assertEquals("no demo contract or order twice", List.of(), rows("SELECT CUSTOMER_ID, KIND, TOTAL, COUNT(*)"
                + " FROM CT_DOCUMENT GROUP BY CUSTOMER_ID, KIND, TOTAL HAVING COUNT(*) > 1"));
        assertAuditChainsVerifyOnBothNodes();
    }

    /**
     * Scheduled work runs once across the nodes: both look for due work every two seconds and both have the
     * collection ladder; one takes its lease and runs it, and within its ten-minute interval neither runs it again. The
     * demo's invoice, ten days past due, reaches the reminder and the overdue report once each, and the salesperson's
     * reminder arrives once on the SMTP server.
     */
    @Test
    public void theCollectionLadderRunsOnOneNodeOnceAndItsReminderIsMailedOnce() throws Exception {
        String work = "SELECT RUNS, LAST_NODE, LAST_OUTCOME, FAILED FROM NQ_WORK WHERE NAME = 'invoicing.collection'";
        Wait.until("the ladder's first run on either node", 180, probe(() -> !rows(work).isEmpty()
                && !"0".equals(rows(work).get(0)[0])));
        // both nodes look every two seconds: once the run ended ten seconds ago, each has looked five times since,
        // and the lease and the interval kept both from running it again
        Wait.until("the first run ended ten seconds ago", 60, probe(() -> {
            java.time.Instant end = lastEnd("invoicing.collection");
            return end != null && end.isBefore(java.time.Instant.now().minusSeconds(10));
        }));
        String[] ran = rows(work).get(0);
        assertEquals("run once across the two nodes: " + String.join(" | ", ran), List.of("1", "0"), List.of(ran[0], ran[3]));

        // the administrator runs it now on both nodes at once: one runs it, the other is told, or runs it after;
        // either way nothing is done twice (the demo may have been loaded after the first run: now it is there)
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<HttpResponse<String>>> runs = new ArrayList<>();
            for (Node node : List.of(a, b)) {
                runs.add(pool.submit(() -> on(node, "admin").post("/neiqin/api/core/work/invoicing.collection/run",
                        JSON, "")));
            }
            for (Future<HttpResponse<String>> r : runs) {
                HttpResponse<String> answer = r.get(120, TimeUnit.SECONDS);
                assertTrue(answer.statusCode() + " " + answer.body(), answer.statusCode() == 200
                        || answer.statusCode() == 409 && answer.body().contains("is running on"));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals("each step of the demo invoice once", List.of("REMIND SENT", "REPORT NONE"), rows("SELECT STEP,"
                + " MAIL_STATE FROM INV_COLLECTION_STEP ORDER BY ID").stream().map(r -> r[0] + " " + r[1]).toList());
        // the leads' follow-up clock runs on the same scheduler: the demo's lead not called since two days ago is
        // reminded to 王强 by mail when the demo was there at its first run — once, whichever node ran it
        Wait.until("the leads' follow-up clock ran", 120, probe(() -> !rows("SELECT RUNS FROM NQ_WORK WHERE NAME ="
                + " 'leads.followUp' AND RUNS > 0 AND LAST_END IS NOT NULL").isEmpty()));
        List<javax.mail.internet.MimeMessage> mails = new ArrayList<>();
        List<javax.mail.internet.MimeMessage> leadMails = new ArrayList<>();
        for (javax.mail.internet.MimeMessage m : smtp.getReceivedMessages()) {
            (m.getSubject().contains("跟进提醒") ? leadMails : mails).add(m);
        }
        assertEquals("the reminder arrived once", 1, mails.size());
        assertEquals("wangqiang@example.com", mails.get(0).getAllRecipients()[0].toString());
        assertTrue("王强 is reminded of his leads at most once: " + leadMails.size(), leadMails.size() <= 1);
        String listed = balanced("sales").get("/neiqin/api/invoicing/collection/steps").body();
        assertTrue("the overdue report waits for the salesperson, on whichever node: " + listed,
                listed.contains("\"step\":\"REPORT\""));
    }

    /**
     * Issuers on both nodes race for customer numbers through nginx; a third of them are rolled back
     * after their number was taken (a check the database refuses at insert). The numbers that stay run
     * without a gap and none is given twice.
     */
    @Test
    public void customerNumbersStayGaplessAndUniqueWhenIssuersOnBothNodesRaceAndRollBack() throws Exception {
        execute("ALTER TABLE CRM_CUSTOMER ADD CONSTRAINT CLUSTER_IT_REFUSES CHECK (FULL_NAME NOT LIKE '%回滚%')");
        Set<String> servedBy = ConcurrentHashMap.newKeySet();
        List<String> unexpected = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> issuers = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                int issuer = t;
                issuers.add(pool.submit(() -> {
                    Http http = balanced("assistant");
                    for (int i = 0; i < 15; i++) {
                        boolean refused = i % 3 == 2;
                        String name = "集群竞争客户 " + issuer + "-" + i + (refused ? " 回滚" : "");
                        HttpResponse<String> r = http.post(CUSTOMERS, JSON, customer(name));
                        servedBy.add(node(r));
                        if (refused ? r.statusCode() < 400 : r.statusCode() != 201) {
                            unexpected.add(name + ": " + r.statusCode() + " " + r.body());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : issuers) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
            execute("ALTER TABLE CRM_CUSTOMER DROP CONSTRAINT CLUSTER_IT_REFUSES");
        }
        assertEquals("every kept card was created, every refused one refused", List.of(), unexpected);
        assertEquals("nginx sent the issuers to both nodes: " + servedBy, 2, servedBy.size());
        assertEquals("none of the rolled-back cards was kept", List.of("0"),
                rows("SELECT COUNT(*) FROM CRM_CUSTOMER WHERE FULL_NAME LIKE '%回滚%'").stream().map(r -> r[0]).toList());
        List<String> codes = rows("SELECT CODE FROM CRM_CUSTOMER ORDER BY CODE").stream().map(r -> r[0]).toList();
        assertEquals("no customer number twice", codes.size(), new HashSet<>(codes).size());
        for (int i = 0; i < codes.size(); i++) {
            assertEquals("customer numbers run without a gap: " + codes, i + 1, Integer.parseInt(codes.get(i).substring(1)));
        }
        assertAuditChainsVerifyOnBothNodes();
    }

    @Test
    public void aRetryWithTheSameIdempotencyKeySentToTheOtherNodeGetsTheFirstAnswer() throws Exception {
        String body = customer("集群重试客户");
        HttpResponse<String> first = on(a, "assistant").post(CUSTOMERS, JSON, body, "Idempotency-Key", "cluster-retry-1");
        assertEquals(first.body(), 201, first.statusCode());
        HttpResponse<String> retry = on(b, "assistant").post(CUSTOMERS, JSON, body, "Idempotency-Key", "cluster-retry-1");
        assertEquals(retry.body(), 201, retry.statusCode());
        assertEquals("the other node answers what the first one did", first.body(), retry.body());
        assertEquals("true", retry.headers().firstValue("Idempotent-Replay").orElse(""));
        assertEquals("one card, not two", List.of("1"),
                rows("SELECT COUNT(*) FROM CRM_CUSTOMER WHERE FULL_NAME = '集群重试客户'").stream().map(r -> r[0]).toList());
    }

    @Test
    public void anEditMadeOnAStaleVersionThroughTheOtherNodeIsAConflict() {
        HttpResponse<String> made = on(a, "assistant").post(CUSTOMERS, JSON, customer("集群版本客户"));
        assertEquals(made.body(), 201, made.statusCode());
        long id = Json.parse(made.body()).get("id").asLong();
        int version = Json.parse(made.body()).get("version").asInt();
        String edit = "{\"version\": " + version + ", \"customer\": " + customer("集群版本客户（改）") + "}";
        HttpResponse<String> onA = on(a, "assistant").put(CUSTOMERS + "/" + id, JSON, edit);
        assertEquals(onA.body(), 200, onA.statusCode());
        HttpResponse<String> onB = on(b, "manager").put(CUSTOMERS + "/" + id, JSON, edit);
        assertEquals("the same version edited again through the other node: " + onB.body(), 409, onB.statusCode());
        assertTrue(onB.body(), onB.body().contains("stale"));
    }

    @Test
    public void aConsoleFormDrawnByOneNodeIsTakenByTheOtherAndAForgedOneByNeither() {
        String page = "/system/console/neiqin-customer?new=1";
        String[] card = {"action", "create", "lifecycle", "NEW", "nature", "GENERAL_COMPANY", "paymentTerms",
            "PREPAYMENT", "infoSource", "VISIT"};
        Http onA = on(a, "assistant");
        Http onB = onA.at(b.base());
        Map<String, String> drawnByA = onA.form(page, with(card, "fullName", "集群表单客户甲"));
        HttpResponse<String> takenByB = onB.submit(page, drawnByA);
        assertEquals("a form drawn by node A, posted to node B: " + takenByB.body(), 302, takenByB.statusCode());
        for (Node node : List.of(a, b)) {
            Http http = on(node, "assistant");
            Map<String, String> forged = http.form(page, with(card, "fullName", "集群伪造客户"));
            String token = forged.get("_csrf");
            assertTrue("the form carries its CSRF token: " + forged, token != null && token.length() > 8);
            forged.put("_csrf", token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA"));
            HttpResponse<String> refused = http.submit(page, forged);
            assertEquals(node.base() + " refuses a forged token: " + refused.body(), 403, refused.statusCode());
            assertTrue(refused.body(), refused.body().contains("CSRF"));
        }
        assertEquals("the forged form stored nothing", List.of(), rows0("SELECT CODE FROM CRM_CUSTOMER WHERE FULL_NAME = '集群伪造客户'"));
        // and through nginx, as a browser meets it: the page from one node, the post to the other
        Http browser = balanced("assistant");
        HttpResponse<String> drawn = browser.get(page);
        Map<String, String> form = browser.form(page, with(card, "fullName", "集群表单客户乙"));
        HttpResponse<String> posted = browser.submit(page, form);
        assertEquals("through nginx: " + posted.body(), 302, posted.statusCode());
        assertTrue("the answer names its node: " + node(drawn), node(drawn).startsWith("127.0.0.1:"));
        String shown = browser.get(Http.location(posted)).body();
        assertTrue("the next page, perhaps from the other node, shows the message: " + shown,
                shown.contains("集群表单客户乙"));
    }

    private static List<String[]> rows0(String sql) {
        try {
            return rows(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String[] with(String[] fields, String... more) {
        String[] all = new String[fields.length + more.length];
        System.arraycopy(fields, 0, all, 0, fields.length);
        System.arraycopy(more, 0, all, fields.length, more.length);
        return all;
    }

    /**
     * The public intake's limits are counted in the database: submissions sent to both nodes in turn, with one e-mail
     * address, are taken three times in all (perContact), and from one client address ten times in all (perAddress) —
     * not three or ten per node. A {@code 503 busy} (the database did not answer; nothing was done) is sent again, as
     * the README tells a client to: it must not have been counted.
     */
    @Test
    public void thePublicIntakesLimitsHoldAcrossBothNodes() {
        java.util.Map<Integer, Integer> contact = new java.util.TreeMap<>();
        java.util.Map<Integer, Integer> address = new java.util.TreeMap<>();
        int[] busy = {0};
        for (int i = 0; i < 8; i++) {
            contact.merge(submit(i % 2 == 0 ? a : b, "{\"company\": \"两节点公司\", \"contact\": \"x\", \"email\":"
                    + " \"same@cluster.example\"}", "198.51.100." + (10 + i), busy), 1, Integer::sum);
        }
        for (int i = 0; i < 14; i++) {
            address.merge(submit(i % 2 == 0 ? a : b, "{\"company\": \"同一地址 " + i + "\", \"contact\": \"x\","
                    + " \"email\": \"addr" + i + "@cluster.example\"}", "203.0.113.50", busy), 1, Integer::sum);
        }
        // an answer other than these (or a busy one) is a failure the node logged with its stack: shown with the result
        String logged = busy[0] == 0 && contact.keySet().stream().allMatch(s -> s == 202 || s == 429)
                && address.keySet().stream().allMatch(s -> s == 202 || s == 429) ? ""
                : "\nnode A:\n" + a.log("/neiqin/public/leads/submissions", 40) + "\nnode B:\n"
                + b.log("/neiqin/public/leads/submissions", 40);
        System.out.println("ClusterIT intake: one e-mail " + contact + ", one address " + address + ", " + busy[0]
                + " busy answers sent again" + logged);
        assertEquals("one e-mail address" + logged, java.util.Map.of(202, 3, 429, 5), contact);
        assertEquals("one client address" + logged, java.util.Map.of(202, 10, 429, 4), address);
    }

    /** @return the status of a submission to the intake of {@code node}, sent again (twice at most) while busy */
    private static int submit(Node node, String json, String forwardedFor, int[] busy) {
        for (int attempt = 0;; attempt++) {
            HttpResponse<String> r = Http.as(null).at(node.base()).post("/neiqin/public/leads/submissions", JSON, json,
                    "X-Forwarded-For", forwardedFor);
            if (r.statusCode() != 503 || !r.body().contains("\"code\":\"busy\"") || attempt == 2) {
                return r.statusCode();
            }
            busy[0]++;
        }
    }

    /**
     * The README: users and roles are in each node's {@code etc/users.properties}, copied to every node;
     * a change takes effect within 30 s (a login is remembered that long). A new password and a role
     * taken away, written to both nodes at once, are in force on both within that time.
     */
    @Test
    public void aPasswordOrRoleChangeCopiedToBothNodesIsInForceOnBothWithinThirtySeconds() throws Exception {
        for (Node node : List.of(a, b)) {
            assertEquals(200, on(node, "sales").get(CUSTOMERS + "?limit=1").statusCode());
            assertEquals(200, on(node, "finance").get(CUSTOMERS + "?limit=1").statusCode());
        }
        long changed = System.nanoTime();
        for (Node node : List.of(a, b)) {
            Path users = node.home().resolve("etc/users.properties");
            String text = Files.readString(users);
            String now = text.replace("sales = sales, neiqin-sales", "sales = S4les-2026, neiqin-sales")
                    .replace("finance = finance, neiqin-finance", "finance = finance");
            assertNotEquals("the demo users are in " + users, text, now);
            Files.writeString(users, now);
        }
        for (Node node : List.of(a, b)) {
            Wait.until("the old password refused and the role gone on " + node.base(), REMEMBERED_SECONDS + 10,
                    () -> on(node, "sales").get(CUSTOMERS + "?limit=1").statusCode() == 401
                            && on(node, "finance").get(CUSTOMERS + "?limit=1").statusCode() == 403);
            assertEquals("the new password works on " + node.base(), 200,
                    Http.as("sales", "S4les-2026").at(node.base()).get(CUSTOMERS + "?limit=1").statusCode());
        }
        double seconds = (System.nanoTime() - changed) / 1e9;
        assertTrue("in force on both nodes within " + REMEMBERED_SECONDS + " s (and the polling): " + seconds,
                seconds <= REMEMBERED_SECONDS + 5);
    }

    /**
     * Clients listing and creating customers through nginx until {@link #close()}, as an office does: each write with an
     * Idempotency-Key, resent with it after a 502 or 504 (the README's advice), after a 503 a wait until the cluster
     * is ready again. Every answer is
     * counted by its status ({@code "503 busy"}, {@code "503 starting"} for Neiqin's two 503s).
     */
    private static final class Load implements AutoCloseable {
        final Map<String, java.util.concurrent.atomic.AtomicInteger> answers = new ConcurrentHashMap<>();
        final List<String> wrong = new CopyOnWriteArrayList<>();
        final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        final java.util.concurrent.atomic.AtomicInteger resent = new java.util.concurrent.atomic.AtomicInteger();
        /** Writes acknowledged, by the node that answered ({@code host:port}). */
        final Map<String, java.util.concurrent.atomic.AtomicInteger> written = new ConcurrentHashMap<>();
        private final java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        private final ExecutorService clients;
        private final List<Future<?>> work = new ArrayList<>();

        /**
         * @param prefix the customers' names begin with it
         * @param tag the idempotency keys begin with it (a header value: ASCII)
         * @param fine which answers (as counted) are the request's own; any other is kept in {@link #wrong}
         */
        Load(int count, String prefix, String tag, java.util.function.Predicate<String> fine) {
            clients = Executors.newFixedThreadPool(count);
            for (int t = 0; t < count; t++) {
                int client = t;
                work.add(clients.submit(() -> {
                    Http office = balanced("assistant");
                    for (int i = 0; running.get(); i++) {
                        HttpResponse<String> answer;
                        if (i % 2 == 0) {
                            answer = office.get(CUSTOMERS + "?limit=5");
                        } else {
                            String name = prefix + "-" + client + "-" + i;
                            String key = tag + "-" + client + "-" + i;
                            answer = office.post(CUSTOMERS, JSON, customer(name), "Idempotency-Key", key);
                            for (int retry = 0; retry < 10 && (answer.statusCode() == 502 || answer.statusCode() == 504);
                                    retry++) {
                                resent.incrementAndGet();
                                answer = office.post(CUSTOMERS, JSON, customer(name), "Idempotency-Key", key);
                            }
                            if (answer.statusCode() == 201) {
                                acknowledged.add(name);
                                written.computeIfAbsent(node(answer), k -> new java.util.concurrent.atomic.AtomicInteger())
                                        .incrementAndGet();
                            }
                        }
                        String code = answer.statusCode() != 503 ? String.valueOf(answer.statusCode())
                                : answer.body().contains("\"busy\"") ? "503 busy"
                                : answer.body().contains("\"starting\"") ? "503 starting" : "503 other";
                        answers.computeIfAbsent(code, k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
                        if (!fine.test(code)) {
                            wrong.add(code + " from " + node(answer) + ": "
                                    + answer.body().substring(0, Math.min(200, answer.body().length())));
                        }
                        if (answer.statusCode() == 503) {
                            // told busy, the client asks again once the cluster says it is ready (or it stops)
                            Wait.until("the cluster ready again", 120, () -> !running.get()
                                    || balanced(null).get("/neiqin/health/ready").statusCode() == 200);
                        }
                    }
                    return null;
                }));
            }
        }

        /** Waits until {@code more} writes are acknowledged beyond {@code from} (by {@code node}: any when null). */
        void awaitWrites(String what, String node, int from, int more) {
            Wait.until(what, 120, () -> writes(node) >= from + more);
        }

        /** @return the writes acknowledged so far, by {@code node} (any when null) */
        int writes(String node) {
            return node == null ? acknowledged.size() : written.getOrDefault(node, new java.util.concurrent.atomic
                    .AtomicInteger()).get();
        }

        int count(String code) {
            java.util.concurrent.atomic.AtomicInteger n = answers.get(code);
            return n == null ? 0 : n.get();
        }

        /** Stops the clients after their request in flight. */
        @Override
        public void close() throws Exception {
            running.set(false);
            for (Future<?> f : work) {
                f.get(120, TimeUnit.SECONDS);
            }
            clients.shutdown();
        }

        /** Asserts that every customer acknowledged is stored, each once. */
        void assertStoredOnce(String prefix) throws SQLException {
            Set<String> stored = new HashSet<>();
            for (String[] r : rows("SELECT FULL_NAME FROM CRM_CUSTOMER WHERE FULL_NAME LIKE '" + prefix + "-%'")) {
                assertTrue("each write once: " + r[0], stored.add(r[0]));
            }
            assertTrue("every acknowledged write is stored", stored.containsAll(acknowledged));
        }
    }

    /**
     * One node killed with kill -9 and started again while eight clients work through nginx. A starting node answers
     * 503 under /neiqin until every module serves (readiness red meanwhile), and nginx sends such a request on to the
     * other node: the clients never see a 404, a 500 or a 503. A write that was on the killed node when it died is
     * answered 502 by nginx (nginx does not send a POST twice) and its client resends it with its Idempotency-Key, as
     * the README says: it is then done once, or answered as it was done.
     */
    @Test
    public void aNodeKilledAndStartedAgainUnderLoadIsNeverSentWorkBeforeItCanServe() throws Exception {
        Http nodeB = on(b, null);
        assertEquals(200, nodeB.get("/neiqin/health/ready").statusCode());
        assertEquals("{\"status\":\"UP\"}", nodeB.get("/neiqin/health/ready").body());
        Set<Integer> readiness = new java.util.TreeSet<>();
        Load load;
        try (Load running = new Load(8, "重启客户", "restart", code -> code.startsWith("2"))) {
            load = running;
            running.awaitWrites("the clients writing through both nodes", null, 0, 40);
            ProcessHandle jvm = b.jvm();
            jvm.destroyForcibly();
            jvm.onExit().get(60, TimeUnit.SECONDS);
            b.stop();
            b.start();
            // the restarted node is red until every module serves, and then green
            Wait.until("the restarted node ready", 300, () -> {
                int status;
                try {
                    status = nodeB.get("/neiqin/health/ready").statusCode();
                } catch (IllegalStateException notListening) {
                    status = 0;
                }
                readiness.add(status);
                return status == 200;
            });
            // nginx sends the restarted node its share again
            String restarted = "127.0.0.1:" + b.ports().http();
            running.awaitWrites("writes answered by the restarted node " + restarted, restarted,
                    running.writes(restarted), 20);
        }
        System.out.println("ClusterIT restart under load: answers " + new TreeMap<>(load.answers) + ", writes resent after "
                + "a 502 " + load.resent + ", the restarted node's readiness answers " + readiness + ", acknowledged writes "
                + load.acknowledged.size());
        assertTrue("readiness was red while the node started: " + readiness, readiness.contains(503));
        assertTrue("every answer the clients got was their request's own: " + load.answers + " " + load.wrong,
                load.wrong.isEmpty());
        assertTrue("work was done while the node was away and starting: " + load.answers, load.count("201") > 20);
        assertTrue("only writes on the killed node when it died are resent: " + load.resent, load.resent.get() <= 8);
        load.assertStoredOnce("重启客户");
        for (String path : Node.EVERY_MODULE) {
            assertEquals(path, 200, on(b, "assistant").get(path).statusCode());
        }
        assertAuditChainsVerifyOnBothNodes();
    }

    /**
     * PostgreSQL away for 30 seconds while four clients work through nginx: every request is answered 503 {@code busy}
     * (never a 500 or a 502; the public intake too), readiness is red on both nodes, nothing half-written is left, and both nodes serve again
     * by themselves when the database is back, without a restart.
     */
    @Test
    public void theDatabaseAwayForThirtySecondsIsAnswered503AndBothNodesRecoverWithoutARestart() throws Exception {
        Set<Integer> readinessAway = new java.util.TreeSet<>();
        double recovered;
        Load load;
        try (Load running = new Load(4, "断库客户", "away", code -> code.startsWith("2") || code.equals("503 busy"))) {
            load = running;
            running.awaitWrites("the clients writing", null, 0, 20);
            relay.cut();
            long away = System.nanoTime();
            // the database stays away for 30 s, both nodes' readiness asked all along
            Wait.until("30 s without the database", 60, () -> {
                for (Node node : List.of(a, b)) {
                    readinessAway.add(on(node, null).get("/neiqin/health/ready").statusCode());
                }
                return System.nanoTime() - away >= TimeUnit.SECONDS.toNanos(30);
            });
            // the public intake, a servlet outside the REST application, answers as the REST application does
            for (Node node : List.of(a, b)) {
                HttpResponse<String> intake = Http.as(null).at(node.base()).post("/neiqin/public/leads/submissions",
                        JSON, "{\"company\": \"断库公司\", \"contact\": \"x\", \"email\": \"away@cluster.example\"}");
                assertEquals("the intake without its database: " + intake.body(), 503, intake.statusCode());
                assertTrue(intake.body(), intake.body().contains("\"code\":\"busy\""));
                assertEquals("send it again in a second", "1", intake.headers().firstValue("Retry-After").orElse(""));
                // the inquiry form posted from a browser: a page that says so, in both languages
                HttpResponse<String> form = Http.as(null).at(node.base()).post("/neiqin/public/leads",
                        "application/x-www-form-urlencoded", "company=%E6%96%AD%E5%BA%93&contact=x&email=away%40c.example",
                        "Accept", "text/html");
                assertEquals(form.body(), 503, form.statusCode());
                assertTrue(form.body(), form.body().contains("系统繁忙") && form.body().contains("nothing was kept")
                        && form.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            }
            relay.open();
            long back = System.nanoTime();
            for (Node node : List.of(a, b)) {
                Wait.until("readiness green again on " + node.base(), 120,
                        () -> on(node, null).get("/neiqin/health/ready").statusCode() == 200);
            }
            recovered = (System.nanoTime() - back) / 1e9;
            // both nodes write again through nginx (each pool has let go of the connections the outage broke)
            for (Node node : List.of(a, b)) {
                String at = "127.0.0.1:" + node.ports().http();
                running.awaitWrites("writes answered by " + at + " again", at, running.writes(at), 10);
            }
        }
        System.out.println("ClusterIT database away for 30 s: answers " + new TreeMap<>(load.answers) + ", readiness while "
                + "away " + readinessAway + ", both nodes ready " + Math.round(recovered * 10) / 10.0 + " s after the "
                + "database came back");
        assertEquals("readiness red on both nodes while the database was away", Set.of(503), readinessAway);
        assertTrue("every answer was the request's own or 503 busy: " + load.answers + " " + load.wrong, load.wrong.isEmpty());
        assertEquals("nginx never answered for the nodes (502, 504)", 0, load.resent.get());
        assertTrue("the clients were told busy while it was away: " + load.answers, load.count("503 busy") > 0);
        for (Node node : List.of(a, b)) {
            HttpResponse<String> after = on(node, "assistant").post(CUSTOMERS, JSON, customer("断库之后-" + node.ports().http()));
            assertEquals("each node writes again without a restart: " + after.body(), 201, after.statusCode());
        }
        load.assertStoredOnce("断库客户");
        assertAuditChainsVerifyOnBothNodes();
    }
}
