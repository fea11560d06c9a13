package org.neiqin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;
import javax.sql.DataSource;
import javax.transaction.TransactionManager;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.audit.AuditService;
import org.neiqin.api.audit.AuditVerification;
import org.neiqin.api.error.AccessDeniedException;
import org.neiqin.api.ids.IdService;
import org.neiqin.api.module.SchemaReady;
import org.neiqin.api.money.Money;
import org.neiqin.api.numbering.NumberingService;
import org.neiqin.api.review.Review;
import org.neiqin.api.review.ReviewService;
import org.neiqin.api.review.ReviewState;
import org.neiqin.api.review.Verdict;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.Roles;
import org.neiqin.api.security.SecurityService;
import org.neiqin.testing.Database;
import org.neiqin.testing.Http;
import org.neiqin.testing.KarafOptions;
import org.neiqin.testing.Services;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * {@code feature:install neiqin-core} in a bare Karaf, then the framework's promises end to end:
 * gapless numbers under concurrency, migrations, four eyes, audit tamper detection, the console's
 * role and CSRF rules, and the REST error model.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CoreIT {
    private static final Actor ASSISTANT = new Actor("assistant", Set.of(Roles.ASSISTANT));
    private static final Actor MANAGER = new Actor("manager", Set.of(Roles.MANAGER));
    private static final Actor AUDITOR = new Actor("auditor", Set.of(Roles.AUDITOR));

    @Inject
    private BundleContext context;
    @Inject
    private NumberingService numbering;
    @Inject
    private ReviewService reviews;
    @Inject
    private AuditService audit;
    @Inject
    private SecurityService security;
    @Inject
    private TransactionManager tm;
    @Inject
    private IdService ids;
    @Inject
    @Filter("(dataSourceName=neiqin)")
    private DataSource dataSource;

    @Configuration
    public Option[] config() {
        List<Option> o = new ArrayList<>(List.of(KarafOptions.with("neiqin-core")));
        o.add(editConfigurationFilePut("etc/org.neiqin.numbering.cfg", "itest.doc.pattern", "IT-{yyyy}-{seq:5}"));
        o.add(editConfigurationFilePut("etc/org.neiqin.numbering.cfg", "itest.doc.reset", "YEARLY"));
        o.add(editConfigurationFilePut("etc/org.neiqin.review.cfg", "itest.order.reviews", "1"));
        o.add(editConfigurationFilePut("etc/org.neiqin.review.cfg", "itest.order.thresholds", "100000:2"));
        o.add(editConfigurationFilePut("etc/org.neiqin.review.cfg", "itest.order.roles", "neiqin-manager"));
        return o.toArray(new Option[0]);
    }

    @Test
    public void idsAreUniqueAcrossTakersAndATakenBlockLeavesTheCallersTransactionWhole() throws Exception {
        // an id table as a module's migration creates it
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE ITEST_ID (NAME VARCHAR(64) NOT NULL PRIMARY KEY, NEXT_ID BIGINT NOT NULL)");
            s.execute("INSERT INTO ITEST_ID VALUES ('itest', 5000)");
            s.execute("CREATE TABLE ITEST_THING (ID BIGINT NOT NULL PRIMARY KEY)");
        }
        int threads = 8;
        int perThread = 150;
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    // half of them inside a transaction that rolls back: its ids are not handed out again
                    boolean inTx = i % 2 == 0;
                    if (inTx) {
                        tm.begin();
                    }
                    assertTrue("an id is handed out once", seen.add(ids.next(new org.neiqin.api.ids.IdRun("ITEST_ID", "itest"))));
                    if (inTx) {
                        tm.rollback();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(threads * perThread, seen.size());
        assertTrue("ids follow the row's next id", seen.stream().allMatch(id -> id >= 5000));
        long next = Long.parseLong(one("SELECT NEXT_ID FROM ITEST_ID WHERE NAME = 'itest'"));
        assertTrue("the row moved past every id handed out: " + next, seen.stream().allMatch(id -> id < next));

        // a block taken halfway through a transaction neither commits nor ends it
        tm.begin();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO ITEST_THING VALUES (1)");
        }
        for (int i = 0; i < 250; i++) {
            ids.next(new org.neiqin.api.ids.IdRun("ITEST_ID", "itest"));
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO ITEST_THING VALUES (2)");
        }
        tm.rollback();
        assertEquals("0", one("SELECT COUNT(*) FROM ITEST_THING"));

        String before = one("SELECT NEXT_ID FROM ITEST_ID WHERE NAME = 'itest'");
        try {
            new org.neiqin.api.ids.IdRun("ITEST_ID; DROP TABLE ITEST_ID", "itest");
            fail("a table name that is not a plain SQL name is refused when the run is declared");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("not a plain SQL table name"));
        }
        try {
            ids.next(new org.neiqin.api.ids.IdRun("ITEST_ID", "nobody"));
            fail("a missing row is refused");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("no row 'nobody' in the id table ITEST_ID"));
        }
        assertEquals("the refused calls moved nothing", before, one("SELECT NEXT_ID FROM ITEST_ID WHERE NAME = 'itest'"));
    }

    @Test
    public void numbersStayGaplessAndUniqueWhenIssuersRaceAndRollBack() throws Exception {
        int threads = 16;
        int perThread = 12;
        LocalDate date = LocalDate.of(2026, 11, 23);
        List<String> committed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    tm.begin();
                    String n = numbering.next("itest.doc", date, Map.of());
                    if ((thread * perThread + i) % 3 == 0) {
                        tm.rollback();
                    } else {
                        tm.commit();
                        committed.add(n);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        int expected = threads * perThread - threads * perThread / 3;
        assertEquals(expected, committed.size());
        List<Integer> seqs = new ArrayList<>();
        for (String n : committed) {
            assertTrue(n, n.matches("IT-2026-\\d{5}"));
            seqs.add(Integer.parseInt(n.substring(8)));
        }
        Collections.sort(seqs);
        for (int i = 0; i < seqs.size(); i++) {
            assertEquals("committed numbers must be 1..N without gaps or duplicates", i + 1, (int) seqs.get(i));
        }
        // a range for an import: the next numbers in one step; rolled back, they are given again
        tm.begin();
        org.neiqin.api.numbering.NumberRange range = numbering.reserve("itest.doc", date, Map.of(), 3);
        tm.rollback();
        tm.begin();
        range = numbering.reserve("itest.doc", date, Map.of(), 3);
        String after = numbering.next("itest.doc", date, Map.of());
        tm.commit();
        int n = seqs.size();
        assertEquals(List.of(String.format("IT-2026-%05d", n + 1), String.format("IT-2026-%05d", n + 2),
                String.format("IT-2026-%05d", n + 3), String.format("IT-2026-%05d", n + 4)),
                List.of(range.get(0), range.get(1), range.get(2), after));
        try {
            numbering.next("itest.doc", date, Map.of());
            fail("a number outside a transaction must be refused");
        } catch (IllegalStateException expectedRefusal) {
            assertTrue(expectedRefusal.getMessage().contains("transaction"));
        }
    }

    @Test
    public void aBundlesMigrationsAreAppliedOnceAndItsDataSurvivesRestartAndReinstall() throws Exception {
        byte[] jar = sampleBundle();
        Bundle b = context.installBundle("neiqin-itest-sample", new ByteArrayInputStream(jar));
        b.start();
        awaitSchema("itest-sample");
        exec("INSERT INTO ITEST_SAMPLE (ID, NAME) VALUES (1, 'kept')");

        b.stop();
        b.start();
        awaitSchema("itest-sample");
        b.uninstall();
        Bundle again = context.installBundle("neiqin-itest-sample", new ByteArrayInputStream(jar));
        again.start();
        awaitSchema("itest-sample");

        assertEquals("1", one("SELECT COUNT(*) FROM NQ_SCHEMA_HISTORY WHERE MODULE = 'itest-sample'"));
        assertEquals("kept", one("SELECT NAME FROM ITEST_SAMPLE WHERE ID = 1"));
        assertEquals("core's six migrations, each once", "6", one("SELECT COUNT(*) FROM NQ_SCHEMA_HISTORY WHERE MODULE = 'core'"));
        again.uninstall();
    }

    @Test
    public void theSecondPairOfEyesIsEnforcedAndEveryDecisionIsAudited() {
        Review r = security.runAs(ASSISTANT, () -> reviews.submit("itest.order", "ORD-1", "Order ORD-1",
                Money.of("150000.00", "CNY")));
        assertEquals(ReviewState.PENDING, r.state());
        assertEquals("150000 CNY is over the 100000 threshold", 2, r.required());
        try {
            security.runAs(ASSISTANT, () -> reviews.decide(r.id(), Verdict.APPROVE, "mine"));
            fail("the preparer approved their own document");
        } catch (AccessDeniedException expected) {
            assertTrue(expected.getMessage().contains("preparer"));
        }
        Review once = security.runAs(MANAGER, () -> reviews.decide(r.id(), Verdict.APPROVE, "prices checked"));
        assertEquals(ReviewState.PENDING, once.state());
        try {
            security.runAs(MANAGER, () -> reviews.decide(r.id(), Verdict.APPROVE, "again"));
            fail("one manager counted twice");
        } catch (AccessDeniedException expected) {
            assertTrue(expected.getMessage().contains("already"));
        }
        Review twice = security.runAs(new Actor("manager2", Set.of(Roles.MANAGER)),
                () -> reviews.decide(r.id(), Verdict.APPROVE, "terms checked"));
        assertEquals(ReviewState.APPROVED, twice.state());
        List<AuditEntry> trail = security.runAs(AUDITOR, () -> audit.history("itest.order", "ORD-1"));
        assertEquals("submission and two decisions", 3, trail.size());
        assertEquals(AuditAction.REVIEW, trail.get(2).action());
        assertEquals("manager2", trail.get(2).actor());

        Review rejected = security.runAs(ASSISTANT, () -> reviews.submit("itest.order", "ORD-2", "Order ORD-2",
                Money.of("10.00", "CNY")));
        Review back = security.runAs(MANAGER, () -> reviews.decide(rejected.id(), Verdict.REJECT, "wrong price"));
        assertEquals(ReviewState.REJECTED, back.state());
        Review resubmitted = security.runAs(ASSISTANT, () -> reviews.submit("itest.order", "ORD-2", "Order ORD-2 v2",
                Money.of("12.00", "CNY")));
        assertEquals("a rejected document goes back to its preparer, who submits again", ReviewState.PENDING,
                resubmitted.state());
    }

    @Test
    public void tamperingWithTheAuditTrailIsDetected() throws Exception {
        security.runAs(ASSISTANT, () -> audit.record("itest", "thing", "T-1", AuditAction.CREATE, null,
                Map.of("name", "first")));
        AuditEntry e = security.runAs(ASSISTANT, () -> audit.record("itest", "thing", "T-1", AuditAction.UPDATE,
                Map.of("name", "first"), Map.of("name", "second")));
        AuditVerification ok = security.runAs(AUDITOR, audit::verify);
        assertTrue(ok.problems().toString(), ok.intact());
        try {
            security.runAs(ASSISTANT, audit::verify);
            fail("an assistant may not read the audit trail");
        } catch (AccessDeniedException expected) {
            // auditors and administrators only
        }
        exec("UPDATE NQ_AUDIT SET NEW_VALUES = '{\"name\":\"forged\"}' WHERE ID = " + e.id());
        try {
            AuditVerification broken = security.runAs(AUDITOR, audit::verify);
            assertFalse(broken.intact());
            assertTrue(broken.problems().toString(), broken.problems().get(0).contains("#" + e.seq()));
        } finally {
            exec("UPDATE NQ_AUDIT SET NEW_VALUES = '" + e.newValues().replace("'", "''") + "' WHERE ID = " + e.id());
        }
        assertTrue(security.runAs(AUDITOR, audit::verify).intact());
    }

    /**
     * Submitting an order writes the module's chain, then core's (the review round); approving it
     * writes core's, then the module's. Two such transactions at once must both commit, quickly:
     * entries are appended at commit, chain by chain in a fixed order. (Appended as they came, the
     * two deadlocked, and Derby took 20 s to pick a victim.)
     */
    @Test
    public void transactionsWritingTwoChainsInOppositeOrderBothCommit() throws Exception {
        java.util.concurrent.CountDownLatch firstWritten = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch secondWritten = new java.util.concurrent.CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        long before = audit.count();
        long start = System.nanoTime();
        Future<?> one = pool.submit(() -> security.runAs(ASSISTANT, unchecked(() -> {
            tm.begin();
            audit.record("itest-b", "thing", "X-1", AuditAction.UPDATE, null, Map.of("step", "b1"));
            firstWritten.countDown();
            secondWritten.await(30, TimeUnit.SECONDS);
            audit.record("itest-a", "thing", "X-1", AuditAction.UPDATE, null, Map.of("step", "a1"));
            tm.commit();
            return null;
        })));
        Future<?> two = pool.submit(() -> security.runAs(MANAGER, unchecked(() -> {
            tm.begin();
            firstWritten.await(30, TimeUnit.SECONDS);
            audit.record("itest-a", "thing", "X-2", AuditAction.UPDATE, null, Map.of("step", "a2"));
            secondWritten.countDown();
            audit.record("itest-b", "thing", "X-2", AuditAction.UPDATE, null, Map.of("step", "b2"));
            tm.commit();
            return null;
        })));
        one.get(60, TimeUnit.SECONDS);
        two.get(60, TimeUnit.SECONDS);
        pool.shutdown();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue("both committed without waiting for a deadlock victim (" + millis + " ms)", millis < 10_000);
        assertEquals("all four entries are stored", before + 4, audit.count());
        AuditVerification v = security.runAs(AUDITOR, audit::verify);
        assertTrue(v.problems().toString(), v.intact());
        List<AuditEntry> x1 = security.runAs(AUDITOR, () -> audit.history("thing", "X-1"));
        assertEquals(2, x1.size());
        assertTrue("stored entries carry their chain position and hash", x1.get(0).seq() > 0 && x1.get(0).hash() != null);
    }

    @Test
    public void consolePagesAnswerByRoleAndStateChangesNeedTheCsrfToken() {
        Http assistant = Http.as("assistant");
        HttpResponse<String> home = assistant.await("/system/console/neiqin", r -> r.statusCode() == 200, 60);
        assertTrue(home.body(), home.body().contains("Neiqin"));
        assertTrue("the home page counts the work waiting: " + home.body(),
                home.body().contains("Reviews waiting for my decision"));
        assertEquals("the module list is the administrators' page", 403,
                assistant.get("/system/console/neiqin-modules").statusCode());
        String modules = Http.as("admin").get("/system/console/neiqin-modules").body();
        assertTrue("the modules page lists the core module: " + modules, modules.contains("Neiqin core"));
        // the tests run on the database .ci/postgres (or nothing: Derby) chose, and the page says which
        assertTrue("the modules page names the database, " + Database.name() + ": " + modules,
                modules.contains("Database: " + (Database.postgres() ? "PostgreSQL" : "Apache Derby")));
        assertTrue(Http.as("admin").get("/neiqin/api/core/database").body().contains(Database.postgres()
                ? "\"url\":\"jdbc:postgresql:" : "\"url\":\"jdbc:derby:"));
        assertEquals(403, assistant.get("/system/console/bundles").statusCode());
        assertEquals(403, assistant.get("/system/console/configMgr").statusCode());
        assertEquals("audit is for auditors", 403, assistant.get("/system/console/neiqin-audit").statusCode());

        Http admin = Http.as("admin");
        assertEquals(200, admin.get("/system/console/neiqin").statusCode());
        assertEquals(200, admin.get("/system/console/bundles").statusCode());
        assertEquals(401, Http.as(null).get("/system/console/neiqin").statusCode());
        assertEquals(403, Http.as("outsider").get("/system/console/neiqin").statusCode());

        Review r = security.runAs(ASSISTANT, () -> reviews.submit("itest.order", "ORD-CONSOLE", "Order ORD-CONSOLE",
                Money.of("99.00", "CNY")));
        Http manager = Http.as("manager");
        String page = manager.get("/system/console/neiqin-reviews?id=" + r.id()).body();
        assertTrue(page, page.contains("Order ORD-CONSOLE"));
        assertTrue("the decision is chosen, never preselected: " + page, page.contains(
                "<select id=\"f-verdict\" name=\"verdict\" required><option value=\"\" selected>"));
        String form = "id=" + r.id() + "&verdict=APPROVE&reason=ok";
        HttpResponse<String> noToken = manager.post("/system/console/neiqin-reviews",
                "application/x-www-form-urlencoded", form, "Origin", KarafOptions.BASE);
        assertEquals(403, noToken.statusCode());
        String token = csrf(page);
        HttpResponse<String> foreign = manager.post("/system/console/neiqin-reviews",
                "application/x-www-form-urlencoded", form + "&_csrf=" + token, "Origin", "http://evil.example");
        assertEquals(403, foreign.statusCode());
        assertEquals(ReviewState.PENDING, reviews.get(r.id()).state());

        String adminsToken = csrf(Http.as("admin").get("/system/console/neiqin-reviews?id=" + r.id()).body());
        assertEquals("another user's token is refused", 403, manager.post("/system/console/neiqin-reviews",
                "application/x-www-form-urlencoded", form + "&_csrf=" + adminsToken, "Origin", KarafOptions.BASE)
                .statusCode());
        assertEquals(ReviewState.PENDING, reviews.get(r.id()).state());

        // the token is the user's, signed with the key every node shares: a client without the session of the
        // page (as a second node behind a load balancer sees it) is accepted, and the message after the redirect
        // comes in a cookie, not from a session
        Http elsewhere = Http.as("manager");
        HttpResponse<String> good = elsewhere.post("/system/console/neiqin-reviews",
                "application/x-www-form-urlencoded", form + "&_csrf=" + token, "Origin", KarafOptions.BASE);
        assertEquals(302, good.statusCode());
        assertEquals(ReviewState.APPROVED, reviews.get(r.id()).state());
        assertTrue("the message after the redirect is a cookie: " + good.headers().map(),
                good.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("neiqin.flash=")));
        String after = elsewhere.get(good.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", "")).body();
        assertTrue("the decision is confirmed once, in words: " + after, after.contains("the review is now Approved."));

        String chinese = assistant.get("/system/console/neiqin?lang=zh").body();
        assertTrue(chinese.contains("销售后台"));
    }

    @Test
    public void restAnswersWithProblemDetailsAndStoresNothingOnBadInput() {
        Http manager = Http.as("manager");
        manager.await("/neiqin/api/core/modules", r -> r.statusCode() == 200, 60);
        HttpResponse<String> anonymous = Http.as(null).get("/neiqin/api/core/modules");
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").isPresent());
        assertEquals(403, Http.as("outsider").get("/neiqin/api/core/modules").statusCode());
        // a login is remembered for a while, but only with its own password
        assertEquals(401, Http.as("manager", "not-the-password").get("/neiqin/api/core/modules").statusCode());
        assertEquals(401, Http.as("manager", "").get("/neiqin/api/core/modules").statusCode());
        assertEquals(401, Http.as("manager", "not-the-password").get("/system/console/neiqin").statusCode());
        assertEquals(200, manager.get("/neiqin/api/core/modules").statusCode());

        Review r = security.runAs(ASSISTANT, () -> reviews.submit("itest.order", "ORD-REST", "Order ORD-REST",
                Money.of("50.00", "CNY")));
        String path = "/neiqin/api/core/reviews/" + r.id() + "/decisions";
        HttpResponse<String> malformed = manager.post(path, "application/json", "{\"verdict\": \"APPROVE\", ");
        assertEquals(malformed.body(), 400, malformed.statusCode());
        assertTrue(malformed.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(malformed.body(), malformed.body().contains("malformed JSON"));
        HttpResponse<String> unknownVerdict = manager.post(path, "application/json", "{\"verdict\": \"MAYBE\"}");
        assertEquals(400, unknownVerdict.statusCode());
        assertTrue(unknownVerdict.body(), unknownVerdict.body().contains("\"field\":\"verdict\""));
        HttpResponse<String> noReason = manager.post(path, "application/json", "{\"verdict\": \"REJECT\"}");
        assertEquals(400, noReason.statusCode());
        assertTrue(noReason.body(), noReason.body().contains("\"field\":\"reason\""));
        assertTrue("nothing was stored", reviews.get(r.id()).decisions().isEmpty());

        assertEquals(403, Http.as("assistant").post(path, "application/json",
                "{\"verdict\": \"APPROVE\", \"reason\": \"mine\"}").statusCode());
        assertEquals(404, manager.post("/neiqin/api/core/reviews/999999/decisions", "application/json",
                "{\"verdict\": \"APPROVE\"}").statusCode());

        HttpResponse<String> first = manager.post(path, "application/json", "{\"verdict\": \"APPROVE\", \"reason\": \"ok\"}",
                "Idempotency-Key", "decide-" + r.id());
        assertEquals(first.body(), 200, first.statusCode());
        assertTrue("money keeps its currency and every digit", first.body()
                .contains("\"amount\":{\"amount\":\"50.00\",\"currency\":\"CNY\"}"));
        HttpResponse<String> retry = manager.post(path, "application/json", "{\"verdict\": \"APPROVE\", \"reason\": \"ok\"}",
                "Idempotency-Key", "decide-" + r.id());
        assertEquals("a retried write gets the first answer", 200, retry.statusCode());
        assertEquals("true", retry.headers().firstValue("Idempotent-Replay").orElse(""));
        assertEquals("the same answer, byte for byte", first.body(), retry.body());
        assertEquals(1, reviews.get(r.id()).decisions().size());
        HttpResponse<String> other = manager.post(path, "application/json", "{\"verdict\": \"REJECT\", \"reason\": \"no\"}",
                "Idempotency-Key", "decide-" + r.id());
        assertEquals("the same key with another body is refused, not replayed: " + other.body(), 409, other.statusCode());
        assertTrue(other.body(), other.body().contains("idempotency-mismatch"));
        HttpResponse<String> late = Http.as("manager2").post(path, "application/json", "{\"verdict\": \"APPROVE\"}");
        assertEquals("a decision on a closed review conflicts", 409, late.statusCode());
        assertTrue(late.body(), late.body().contains("already approved"));
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertTrue("the form carries a CSRF token", m.find());
        return m.group(1);
    }

    private void awaitSchema(String module) throws Exception {
        Services.await(context, SchemaReady.class, "(" + SchemaReady.MODULE + "=" + module + ")", 30);
    }

    private static <T> java.util.function.Supplier<T> unchecked(java.util.concurrent.Callable<T> work) {
        return () -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private void exec(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private String one(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            assertTrue(sql, rs.next());
            return rs.getString(1);
        }
    }

    /** A partner-style bundle that carries one migration and nothing else. */
    private static byte[] sampleBundle() throws IOException {
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", "org.neiqin.itest.sample");
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue(SchemaReady.HEADER_MODULE, "itest-sample");
        a.putValue(SchemaReady.HEADER_MIGRATIONS, "db/migration");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(out, mf)) {
            jar.putNextEntry(new JarEntry("db/migration/"));
            jar.closeEntry();
            jar.putNextEntry(new JarEntry("db/migration/V1__sample_table.sql"));
            jar.write("CREATE TABLE ITEST_SAMPLE (\n  ID INT PRIMARY KEY,\n  NAME VARCHAR(50)\n);\n"
                    .getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return out.toByteArray();
    }
}
