package org.neiqin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.neiqin.testing.Http;
import org.neiqin.testing.KarafOptions;
import org.neiqin.testing.Wait;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.ops4j.pax.exam.OptionUtils;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * What the operator and the security officer rely on, with every module installed ({@code neiqin-all}) as a user
 * would: the health checks a load balancer asks, the gate that answers 503 while a module does not serve, the headers
 * of every answer, wrong passwords slowed and then refused, writes sent with an idempotency key done once, the
 * metrics, the production checklist, every permission in the README's table, and Karaf's own pages and commands out
 * of reach of every Neiqin role; the role matrix and the fuzz of every write operation, both generated from the REST
 * description.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OperationsIT {
    private static final String CUSTOMERS = "/neiqin/api/crm/customers";
    private static final String JSON = "application/json";
    /** The login guard made quick for the test: slowed after 2, refused after 4, for 4 seconds. */
    private static final int LOCK_SECONDS = 4;

    @Inject
    private BundleContext context;
    @Inject
    @Filter("(dataSourceName=neiqin)")
    private DataSource dataSource;
    @Inject
    private org.apache.karaf.shell.api.console.SessionFactory shell;
    @Inject
    private org.neiqin.api.module.ModuleRegistry registry;

    /** Every Neiqin role's demo user (the password is the user name) and the role it holds. */
    private static final Map<String, String> NEIQIN_USERS = new java.util.TreeMap<>(Map.of("manager", "neiqin-manager",
            "assistant", "neiqin-assistant", "sales", "neiqin-sales", "finance", "neiqin-finance", "warehouse",
            "neiqin-warehouse", "planning", "neiqin-planning", "auditor", "neiqin-auditor"));

    @Configuration
    public Option[] config() {
        // the README, read by the test inside the container: its permission table is checked against every module's
        java.nio.file.Path readme = java.nio.file.Path.of(System.getProperty("user.dir")).resolve("../README.md").normalize();
        return OptionUtils.combine(KarafOptions.with("neiqin-all"),
                org.ops4j.pax.exam.CoreOptions.systemProperty("neiqin.readme").value(readme.toString()),
                editConfigurationFilePut("etc/org.neiqin.login.cfg", "slowAfter", "2"),
                editConfigurationFilePut("etc/org.neiqin.login.cfg", "maxDelay", "PT1S"),
                editConfigurationFilePut("etc/org.neiqin.login.cfg", "lockAfter", "4"),
                editConfigurationFilePut("etc/org.neiqin.login.cfg", "addressLockAfter", "1000"),
                editConfigurationFilePut("etc/org.neiqin.login.cfg", "lockFor", "PT" + LOCK_SECONDS + "S"),
                // the README's scrape login: a role of its own holding only core.metrics
                editConfigurationFilePut("etc/users.properties", "metrics", "metrics,neiqin-metrics"),
                editConfigurationFilePut("etc/org.neiqin.security.cfg", "core.metrics", "neiqin-admin, neiqin-metrics"));
    }

    @Before
    public void ready() {
        Http.as("assistant").awaitAll(90, CUSTOMERS + "?limit=1", "/system/console/neiqin-customers");
    }

    private static String customer(String fullName) {
        return "{\"fullName\": \"" + fullName + "\", \"lifecycle\": \"NEW\", \"nature\": \"GENERAL_COMPANY\","
                + " \"paymentTerms\": \"PREPAYMENT\", \"infoSource\": \"VISIT\", \"region\": \"LN\", \"route\": \"SY\","
                + " \"phone\": \"024-2345 6789\"}";
    }

    private long count(String sql, Object... args) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError(symbolicName + " is not installed");
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    @Test
    public void theHealthChecksSayOnlyUpOrDownAndTheGateAnswers503WhileAModuleDoesNotServe() throws Exception {
        Http anyone = Http.as(null);
        for (String path : List.of("/neiqin/health/ready", "/neiqin/health/live", "/readiness-check", "/health-check")) {
            HttpResponse<String> up = anyone.get(path);
            assertEquals(path, 200, up.statusCode());
            assertEquals(path, "{\"status\":\"UP\"}", up.body());
        }
        long before = count("SELECT COUNT(*) FROM CRM_CUSTOMER");
        Bundle crm = bundle("org.neiqin.crm");
        crm.stop();
        try {
            Wait.until("readiness red with crm stopped", 30, () -> anyone.get("/neiqin/health/ready").statusCode() == 503);
            HttpResponse<String> down = anyone.get("/neiqin/health/ready");
            assertEquals("{\"status\":\"DOWN\"}", down.body());
            assertEquals("5", header(down, "Retry-After"));
            assertEquals("alive all the same", 200, anyone.get("/neiqin/health/live").statusCode());
            // the whole node steps aside, not only the module: a balancer cannot tell one module's addresses apart
            for (String path : List.of(CUSTOMERS + "?limit=1", "/neiqin/api/core/modules")) {
                HttpResponse<String> r = Http.as("assistant").get(path);
                assertEquals(path + " " + r.body(), 503, r.statusCode());
                assertTrue(r.body(), r.body().contains("\"code\":\"starting\""));
                assertEquals("5", header(r, "Retry-After"));
            }
            HttpResponse<String> write = Http.as("assistant").post(CUSTOMERS, JSON, customer("闸门客户"));
            assertEquals(write.body(), 503, write.statusCode());
            HttpResponse<String> page = Http.as("assistant").get("/system/console/neiqin-customers");
            assertEquals(503, page.statusCode());
            assertTrue(page.body(), page.body().contains("Neiqin is starting"));
            assertEquals("the gate stands before anyone logs in: an anonymous request is 503, not 401", 503,
                    anyone.get(CUSTOMERS).statusCode());
        } finally {
            crm.start();
        }
        Wait.until("readiness green again", 60, () -> anyone.get("/neiqin/health/ready").statusCode() == 200);
        assertEquals(200, Http.as("assistant").get(CUSTOMERS + "?limit=1").statusCode());
        assertEquals("the refused write left nothing", before, count("SELECT COUNT(*) FROM CRM_CUSTOMER"));
    }

    @Test
    public void everyNeiqinAnswerCarriesTheSecurityHeaders() {
        List<HttpResponse<String>> rest = List.of(Http.as("assistant").get(CUSTOMERS + "?limit=1"),
                Http.as(null).get(CUSTOMERS), Http.as("assistant").get("/neiqin/api/no-such-thing"),
                Http.as("assistant").post(CUSTOMERS, JSON, "{\"fullName\": \"\"}"), Http.as(null).get("/neiqin/health/ready"));
        assertEquals(List.of(200, 401, 404, 400, 200), rest.stream().map(HttpResponse::statusCode).toList());
        for (HttpResponse<String> r : rest) {
            assertEquals(r.uri().toString(), "nosniff", header(r, "X-Content-Type-Options"));
            assertEquals(r.uri().toString(), "DENY", header(r, "X-Frame-Options"));
            assertTrue(r.uri() + " " + header(r, "Content-Security-Policy"),
                    header(r, "Content-Security-Policy").startsWith("default-src 'none'"));
        }
        HttpResponse<String> page = Http.as("assistant").get("/system/console/neiqin-customers?lang=zh");
        assertEquals(200, page.statusCode());
        String csp = header(page, "Content-Security-Policy");
        assertTrue(csp, csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'")
                && csp.contains("form-action 'self'") && csp.contains("object-src 'none'"));
        assertEquals("nosniff", header(page, "X-Content-Type-Options"));
        List<String> cookies = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("neiqin")).toList();
        assertFalse("the chosen language is kept in a cookie", cookies.isEmpty());
        for (String cookie : cookies) {
            assertTrue(cookie, cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"));
        }
    }

    @Test
    public void wrongPasswordsAreSlowedThenRefusedForAWhileTheRightOneTooAndCountedInTheDatabase() throws Exception {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long start = System.nanoTime();
            HttpResponse<String> wrong = Http.as("manager", "guess-" + i).get(CUSTOMERS + "?limit=1");
            millis.add((System.nanoTime() - start) / 1_000_000);
            assertEquals(401, wrong.statusCode());
        }
        assertTrue("the first two wrong answers at once, the next ones slowed: " + millis,
                millis.get(0) < 800 && millis.get(1) < 800 && millis.get(2) >= 900 && millis.get(3) >= 900);
        assertEquals("counted in the database, where every node sees it", 4,
                count("SELECT FAILURES FROM NQ_LOGIN_FAILURE WHERE SUBJECT = 'user:manager'"));
        HttpResponse<String> right = Http.as("manager").get(CUSTOMERS + "?limit=1");
        assertEquals("the right password is refused for a while: " + right.body(), 429, right.statusCode());
        assertTrue(right.body(), right.body().contains("\"code\":\"login-refused\""));
        long retryAfter = Long.parseLong(header(right, "Retry-After"));
        assertTrue("Retry-After " + retryAfter, retryAfter >= 1 && retryAfter <= LOCK_SECONDS + 1);
        HttpResponse<String> page = Http.as("manager").get("/system/console/neiqin-customers");
        assertEquals("the console refuses the same login", 429, page.statusCode());
        assertTrue(page.body(), page.body().contains("Too many wrong passwords"));
        assertEquals("another user is not held up", 200, Http.as("assistant").get(CUSTOMERS + "?limit=1").statusCode());
        Wait.until("the manager may log in again after " + LOCK_SECONDS + " s", LOCK_SECONDS + 5,
                () -> Http.as("manager").get(CUSTOMERS + "?limit=1").statusCode() == 200);
        assertEquals("a right password clears the user's count", 0,
                count("SELECT COUNT(*) FROM NQ_LOGIN_FAILURE WHERE SUBJECT = 'user:manager'"));
    }

    @Test
    public void aWriteSentWithAnIdempotencyKeyIsDoneOnceHoweverOftenAndHoweverConcurrentlyItIsSent() throws Exception {
        String body = customer("幂等并发客户");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sent.add(pool.submit(() -> Http.as("assistant").post(CUSTOMERS, JSON, body, "Idempotency-Key", "ops-once")));
        }
        Set<String> bodies = new HashSet<>();
        int replays = 0;
        for (Future<HttpResponse<String>> f : sent) {
            HttpResponse<String> r = f.get();
            assertEquals("a duplicate sent while the first runs waits for it and gets its answer: " + r.body(), 201,
                    r.statusCode());
            bodies.add(r.body());
            replays += "true".equals(header(r, "Idempotent-Replay")) ? 1 : 0;
        }
        pool.shutdown();
        assertEquals("one answer for all six", 1, bodies.size());
        assertEquals("five of them replayed", 5, replays);
        assertEquals("one card", 1, count("SELECT COUNT(*) FROM CRM_CUSTOMER WHERE FULL_NAME = ?", "幂等并发客户"));
        // a refusal is kept as it was: sent again, the same 400 comes back and nothing is stored
        HttpResponse<String> refused = Http.as("assistant").post(CUSTOMERS, JSON, "{\"fullName\": \"幂等拒绝\"}",
                "Idempotency-Key", "ops-refused");
        assertEquals(400, refused.statusCode());
        HttpResponse<String> again = Http.as("assistant").post(CUSTOMERS, JSON, "{\"fullName\": \"幂等拒绝\"}",
                "Idempotency-Key", "ops-refused");
        assertEquals(400, again.statusCode());
        assertEquals(refused.body(), again.body());
        assertEquals("true", header(again, "Idempotent-Replay"));
        assertEquals(0, count("SELECT COUNT(*) FROM CRM_CUSTOMER WHERE FULL_NAME = ?", "幂等拒绝"));
        assertEquals("no reservation is left behind without its answer", 0,
                count("SELECT COUNT(*) FROM NQ_IDEMPOTENCY WHERE STATUS = 0"));
    }

    @Test
    public void theMetricsAreInPrometheusTextFormatForTheirOwnPermissionOnly() {
        assertEquals(201, Http.as("assistant").post(CUSTOMERS, JSON, customer("指标客户")).statusCode());
        assertEquals(401, Http.as("assistant", "not-this-one").get(CUSTOMERS).statusCode());
        assertEquals(403, Http.as("assistant").get("/neiqin/api/core/metrics").statusCode());
        assertEquals("the scrape login reaches the figures and nothing else", 403,
                Http.as("metrics").get(CUSTOMERS + "?limit=1").statusCode());
        HttpResponse<String> r = Http.as("metrics").get("/neiqin/api/core/metrics");
        assertEquals(r.body(), 200, r.statusCode());
        assertTrue(header(r, "Content-Type"), header(r, "Content-Type").startsWith("text/plain")
                && header(r, "Content-Type").contains("version=0.0.4"));
        String text = r.body();
        java.util.regex.Pattern sample = java.util.regex.Pattern.compile(
                "[a-zA-Z_:][a-zA-Z0-9_:]*(\\{([a-zA-Z_][a-zA-Z0-9_]*=\"([^\"\\\\]|\\\\.)*\",?)*\\})? -?[0-9.eE+-]+");
        Set<String> typed = new HashSet<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("# TYPE ")) {
                typed.add(line.split(" ")[2]);
            } else if (!line.startsWith("# HELP ")) {
                assertTrue("a sample line: " + line, sample.matcher(line).matches());
                String name = line.replaceFirst("[{ ].*", "").replaceFirst("_(bucket|sum|count)$", "");
                assertTrue("the family of " + line + " has its TYPE", typed.contains(name) || typed.contains(
                        line.replaceFirst("[{ ].*", "")));
            }
        }
        for (String expected : List.of(
                "neiqin_http_request_duration_seconds_count{resource=\"CustomerResource.create\",method=\"POST\",status=\"201\"}",
                "neiqin_http_request_duration_seconds_bucket{resource=\"-\",method=\"GET\",status=\"401\",le=\"+Inf\"}",
                "neiqin_db_transaction_duration_seconds_count{outcome=\"committed\"}",
                "neiqin_records_created_total{module=\"crm\"", "neiqin_db_connections_in_use ", "neiqin_logins_total{outcome=\"wrong\"}",
                "# TYPE neiqin_reviews_open gauge", "neiqin_ready 1", "jvm_memory_used_bytes{area=\"heap\"}",
                "jvm_gc_collections_total{gc=", "process_uptime_seconds ")) {
            assertTrue(expected + " in\n" + text, text.contains(expected));
        }
    }

    @Test
    public void theShellSaysWhetherTheNodeIsReadyAndChecksTheProductionChecklist() throws Exception {
        org.neiqin.testing.Shell.awaitAcl(shell, "admin", "neiqin-admin", "neiqin:check", 60);
        String health = org.neiqin.testing.Shell.run(shell, "admin", "neiqin-admin", "neiqin:health");
        assertTrue(health, health.startsWith("ready:"));
        String check = org.neiqin.testing.Shell.run(shell, "admin", "neiqin-admin", "neiqin:check");
        assertTrue(check, check.contains("PASS  demo data off"));
        assertTrue("the test Karaf has the distribution's users: " + check, check.contains(
                "FAIL  these users still log in with their demo password (their own name): admin, manager, assistant"));
        assertTrue(check, check.contains("PASS  wrong passwords lock a user after 4"));
        assertTrue(check, check.contains("PASS  this node is ready"));
        assertTrue(check, check.contains("NOTE  the database is"));
        assertTrue(check, check.contains("NOTE  every role sees every record"));
        assertTrue("the command fails, so a script stops: " + check,
                check.contains("ERROR: this node does not pass the production checklist"));
        String denied = org.neiqin.testing.Shell.run(shell, "assistant", "neiqin-assistant", "neiqin:check");
        assertFalse(denied, denied.contains("PASS"));
    }

    /**
     * Every permission every installed module declares has its row in the README's table ("Roles and what they may
     * do"), with the same default roles; the table names no permission that no module declares.
     */
    @Test
    public void everyPermissionOfEveryModuleHasItsRowInTheReadmeWithItsDefaultRoles() throws Exception {
        List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of(System.getProperty("neiqin.readme")));
        int header = lines.indexOf("| permission | default roles | allows |");
        assertTrue("the README has its permission table", header >= 0);
        Map<String, Set<String>> documented = new java.util.TreeMap<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] cells = lines.get(i).split("\\|");
            String name = cells[1].trim().replace("`", "");
            Set<String> roles = new java.util.TreeSet<>();
            for (String r : cells[2].split(",")) {
                roles.add(r.trim());
            }
            documented.put(name, roles);
        }
        Set<String> all = new java.util.TreeSet<>(List.of("admin", "manager", "assistant", "sales", "finance",
                "warehouse", "planning", "auditor"));
        // every role written out is "all Neiqin roles" said another way
        documented.replaceAll((name, roles) -> roles.equals(all) ? Set.of("all Neiqin roles") : roles);
        Map<String, Set<String>> declared = new java.util.TreeMap<>();
        for (org.neiqin.api.module.ModuleInfo m : registry.modules()) {
            for (org.neiqin.api.module.PermissionDef p : m.descriptor().permissions()) {
                Set<String> roles = new java.util.TreeSet<>();
                p.defaultRoles().forEach(r -> roles.add(r.replaceFirst("^neiqin-", "")));
                declared.put(p.name(), roles.equals(all) ? Set.of("all Neiqin roles") : roles);
            }
        }
        assertTrue("the modules declare permissions: " + declared.keySet(), declared.size() > 30);
        List<String> problems = new ArrayList<>();
        declared.forEach((name, roles) -> {
            if (!documented.containsKey(name)) {
                problems.add(name + " has no row in the README");
            } else if (!documented.get(name).equals(roles)) {
                problems.add(name + ": the README says " + documented.get(name) + ", the module " + roles);
            }
        });
        documented.keySet().stream().filter(n -> !declared.containsKey(n))
                .forEach(n -> problems.add(n + " is in the README but no module declares it"));
        assertEquals("the README's permission table and the modules agree", List.of(), problems);
    }

    /**
     * The role matrix, generated: every operation of the REST description as every test user (each Neiqin role, the
     * administrator, a user without a Neiqin role), and every Neiqin console page as each of them, set against the
     * permissions the operation or page declares and the roles the modules give them: 0 unexpected allow, 0
     * unexpected deny, no operation without its permissions.
     */
    @Test
    public void everyRestOperationAndConsolePageAnswersEachRoleAsItsPermissionsSay() throws Exception {
        Map<String, Set<String>> holders = org.neiqin.testing.RoleMatrix.holders(registry);
        // this test's configuration gives the metrics to a role of their own besides the administrator
        holders.put("core.metrics", Set.of("neiqin-admin", "neiqin-metrics"));
        HttpResponse<String> description = Http.as("admin").get("/neiqin/api/openapi.json");
        assertEquals(200, description.statusCode());
        org.neiqin.testing.RoleMatrix.Result rest = org.neiqin.testing.RoleMatrix.rest(description.body(), holders);
        System.out.println("OperationsIT role matrix, REST: " + rest.operations() + " operations x " + org.neiqin.testing
                .Users.ALL.length + " users = " + rest.requests() + " requests, answers " + rest.answers());

        List<String> unexpected = new ArrayList<>(rest.unexpected());
        Map<String, Integer> pages = new java.util.TreeMap<>();
        int pageCount = 0;
        for (org.osgi.framework.ServiceReference<org.neiqin.api.console.ConsolePage> ref : context.getServiceReferences(
                org.neiqin.api.console.ConsolePage.class, null)) {
            org.neiqin.api.console.ConsolePage page = context.getService(ref);
            try {
                pageCount++;
                for (String[] user : org.neiqin.testing.Users.ALL) {
                    String[] password = user[1].split(",");
                    boolean allowed = java.util.Arrays.stream(password).skip(1).anyMatch(r -> holders.getOrDefault(
                            page.permission(), Set.of()).contains(r));
                    int status = Http.as(user[0], password[0]).get("/system/console/" + page.label()).statusCode();
                    String kind = status == 403 ? "403" : status >= 500 || status == 401 ? String.valueOf(status)
                            : "through";
                    pages.merge(kind, 1, Integer::sum);
                    if (!(allowed ? kind.equals("through") : kind.equals("403"))) {
                        unexpected.add("page " + page.label() + " as " + user[0] + " (" + (allowed ? "holds " : "lacks ")
                                + page.permission() + "): " + status);
                    }
                }
            } finally {
                context.ungetService(ref);
            }
        }
        System.out.println("OperationsIT role matrix, console: " + pageCount + " pages x " + org.neiqin.testing.Users.ALL
                .length + " users, answers " + pages);
        assertTrue("the REST description lists the modules' operations: " + rest.operations(), rest.operations() > 150);
        assertTrue("the modules' console pages are there: " + pageCount, pageCount > 40);
        assertEquals("every answer as the permissions say", List.of(), unexpected);
    }

    /**
     * Generated hostile input for every REST operation that takes a JSON body, as the administrator (who reaches every
     * one): see {@link org.neiqin.testing.Fuzz}. Five thousand requests on each database (ten thousand in a CI run, a
     * seed of their own), four at a time; no operation is written out by hand, so a module added to the product is
     * attacked the day it is installed.
     */
    @Test
    public void fiveThousandGeneratedInputsToEveryWriteOperationAreAnsweredBelow500WithoutLeaksAndKeptAsSent() {
        HttpResponse<String> description = Http.as("admin").get("/neiqin/api/openapi.json");
        assertEquals(200, description.statusCode());
        long start = System.nanoTime();
        org.neiqin.testing.Fuzz.Result result = org.neiqin.testing.Fuzz.rest(description.body(), "admin", 5_000,
                org.neiqin.testing.Database.postgres() ? 20261208L : 20261207L);
        System.out.println("OperationsIT fuzz on " + org.neiqin.testing.Database.name() + ": " + result.requests()
                + " requests to " + result.byOperation().size() + " operations in " + Math.round((System.nanoTime()
                        - start) / 1e8) / 10.0 + " s; 503 busy (writes that locked each other, nothing changed): "
                + result.busy().size() + " " + result.busy());
        result.byOperation().forEach((op, statuses) -> System.out.println("OperationsIT fuzz  " + op + " " + statuses));
        assertTrue("every operation with a JSON body was attacked: " + result.byOperation().size(),
                result.byOperation().size() > 80);
        List<String> shown = result.problems().stream().sorted().limit(40).toList();
        assertEquals(result.problems().size() + " answers broke a rule; the first: " + String.join("\n", shown), 0,
                result.problems().size());
    }

    /** Karaf's own pages (bundles, configuration, features, the gogo shell, components, logs) stay out of every Neiqin role's reach. */
    @Test
    public void karafsOwnConsolePagesAreForbiddenToEveryNeiqinRole() throws Exception {
        List<String> reached = new ArrayList<>();
        for (Map.Entry<String, String> user : NEIQIN_USERS.entrySet()) {
            for (String page : List.of("/system/console/bundles", "/system/console/configMgr", "/system/console/features",
                    "/system/console/gogo", "/system/console/components", "/system/console/logs")) {
                int status = Http.as(user.getKey()).get(page).statusCode();
                if (status != 403) {
                    reached.add(user.getKey() + " " + page + " " + status);
                }
            }
        }
        assertEquals("nothing of Karaf's own is within a Neiqin role's reach", List.of(), reached);
        assertEquals("an administrator still reaches them", 200, Http.as("admin").get("/system/console/bundles").statusCode());
    }
}
