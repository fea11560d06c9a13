package org.neiqin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.neiqin.api.time.CompanyClock;
import org.neiqin.testing.Conformance;
import org.neiqin.testing.Http;
import org.neiqin.testing.Json;
import org.neiqin.testing.KarafOptions;
import org.neiqin.testing.OpenApiCheck;
import org.neiqin.testing.Shell;
import org.neiqin.testing.StrictInput;
import org.neiqin.testing.TestClock;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * Investment leads installed by name ({@code neiqin-leads}, alone: without the customer files): the public form and
 * its JSON endpoint without a login — a lead, a repeat that becomes a touch, a honeypot and a flood that make nothing,
 * the limits holding under concurrent submissions; assignment by rules, fair, capped, never to someone away, the pool;
 * the follow-up clock; stages; then the customer files installed while Neiqin runs: a won lead becomes one customer,
 * however often it is converted; the customer files removed and the leads go on.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LeadsIT {
    private static final String LEADS = "/neiqin/api/leads/leads";
    private static final String PUBLIC = "/neiqin/public/leads";
    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";

    @Inject
    private BundleContext context;

    @Inject
    private SessionFactory shell;

    @Inject
    private CompanyClock clock;

    @Configuration
    public Option[] config() {
        return OptionUtils.combine(KarafOptions.with("neiqin-leads"),
                editConfigurationFilePut("etc/users.properties", "sales2", "sales2,neiqin-sales"),
                editConfigurationFilePut("etc/org.neiqin.people.cfg", "sales", "王强"),
                editConfigurationFilePut("etc/org.neiqin.people.cfg", "sales2", "周杰"),
                editConfigurationFilePut("etc/org.neiqin.people.cfg", "sales3", "吴刚"),
                editConfigurationFilePut("etc/org.neiqin.people.cfg", "sales4", "郑爽"),
                editConfigurationFilePut("etc/org.neiqin.people.cfg", "sales3.active", "false"),
                editConfigurationFilePut("etc/org.neiqin.leads.cfg", "caps", "sales2 | 2"));
    }

    @Before
    public void moduleIsUp() {
        Http.as("admin").awaitAll(90, LEADS, "/system/console/neiqin-leads", "/neiqin/api/leads/rules");
        Http.as(null).await(PUBLIC, r -> r.statusCode() == 200, 60);
    }

    private static JsonNode ok(HttpResponse<String> r, int status) {
        assertEquals(r.body(), status, r.statusCode());
        return Json.parse(r.body());
    }

    private static JsonNode rule(String name, int position, String region, String people) {
        return ok(Http.as("assistant").post("/neiqin/api/leads/rules", JSON, "{\"name\": \"" + name + "\", \"position\": "
                + position + ", \"region\": \"" + region + "\", \"people\": \"" + people + "\", \"status\": \"ACTIVE\"}"),
                201);
    }

    private static HttpResponse<String> submit(String json, String... headers) {
        return Http.as(null).post(PUBLIC + "/submissions", JSON, json, headers);
    }

    private static JsonNode find(String text) {
        return ok(Http.as("assistant").get(LEADS + "?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)), 200);
    }

    private static JsonNode lead(String user, long id) {
        return ok(Http.as(user).get(LEADS + "/" + id), 200);
    }

    private static JsonNode enter(String user, String company, String region, String phone, String owner) {
        return ok(Http.as(user).post(LEADS, JSON, "{\"data\": {\"company\": \"" + company + "\", \"contact\": \"联系人\","
                + " \"phone\": \"" + phone + "\", \"region\": \"" + region + "\", \"source\": \"PHONE\"}"
                + (owner == null ? "" : ", \"owner\": \"" + owner + "\"") + "}"), 201).get("lead");
    }

    private static String form(Map<String, String> fields) {
        List<String> parts = new ArrayList<>();
        fields.forEach((k, v) -> parts.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return String.join("&", parts);
    }

    /**
     * The public page lists what the office published and takes an inquiry without a login; the same caller again is a
     * touch on their lead; a bot that fills the hidden field is thanked and makes nothing; bad input is refused and
     * makes nothing; over the limits nothing is made, also when many come at once; a forged X-Forwarded-For from a
     * trusted proxy's client changes nothing.
     */
    @Test
    public void thePublicFormTakesInquiriesAndBotsAndFloodsMakeNothing() throws Exception {
        JsonNode offer = ok(Http.as("assistant").post("/neiqin/api/leads/offers", JSON, "{\"title\": \"沈阳经销商招募\","
                + " \"kind\": \"DEALERSHIP\", \"region\": \"沈阳\", \"conditions\": \"首批进货 30 万元\"}"), 201);
        assertFalse("a draft is not public", Http.as(null).get(PUBLIC).body().contains("沈阳经销商招募"));
        ok(Http.as("assistant").post("/neiqin/api/leads/offers/" + offer.get("id").asLong() + "/publication", JSON,
                "{\"version\": " + offer.get("version").asInt() + "}"), 200);
        HttpResponse<String> page = Http.as(null).get(PUBLIC);
        assertEquals(200, page.statusCode());
        assertTrue(page.body(), page.body().contains("沈阳经销商招募") && page.body().contains("name=\"website\""));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        assertTrue(page.headers().firstValue("Set-Cookie").isEmpty());
        assertTrue(Http.as(null).get(PUBLIC + "/offers").body().contains("沈阳经销商招募"));
        rule("沈阳", 10, "沈阳", "sales");

        HttpResponse<String> first = submit("{\"company\": \"沈阳恒通机电\", \"contact\": \"刘建国\", \"phone\":"
                + " \"024-2281 5566\", \"region\": \"沈阳\", \"offer\": " + offer.get("id").asLong() + "}");
        assertEquals(first.body(), 202, first.statusCode());
        JsonNode made = find("恒通");
        assertEquals(made.toString(), 1, made.get("total").asInt());
        JsonNode l = lead("assistant", made.at("/rows/0/id").asLong());
        assertEquals("sales", l.get("owner").asText());
        assertTrue(l.get("assignReason").asText(), l.get("assignReason").asText().contains("沈阳"));
        // the same phone written otherwise: a touch on the lead, not a second one
        ok(submit("{\"company\": \"恒通机电公司\", \"contact\": \"刘建国\", \"phone\": \"(024) 22815566\", \"message\":"
                + " \"补充\"}"), 202);
        JsonNode again = find("恒通");
        assertEquals(again.toString(), 1, again.get("total").asInt());
        assertEquals(2, again.at("/rows/0/touches").asInt());
        // the form as a browser posts it, without a login
        HttpResponse<String> posted = Http.as(null).post(PUBLIC, FORM, form(Map.of("company", "大连海昌流体",
                "contact", "王海", "email", "wanghai@haichang.example", "website", "")));
        assertEquals(posted.body(), 200, posted.statusCode());
        assertTrue(posted.body(), posted.body().contains("Thank you"));
        assertEquals(1, find("海昌").get("total").asInt());
        // a bot fills in the hidden field: thanked, nothing made
        ok(submit("{\"company\": \"Spam Ltd\", \"contact\": \"bot\", \"phone\": \"13900000001\", \"website\":"
                + " \"http://spam.example\"}"), 202);
        assertEquals(0, find("Spam").get("total").asInt());
        // bad input: each field's problem, nothing made
        HttpResponse<String> bad = submit("{\"company\": \"\", \"contact\": \"x\", \"phone\": \"abc\", \"colour\": \"red\"}");
        assertEquals(bad.body(), 400, bad.statusCode());
        assertTrue(bad.body(), bad.body().contains("\"field\":\"company\"") && bad.body().contains("\"field\":\"colour\"")
                && bad.body().contains("\"field\":\"phone\""));
        assertEquals(400, submit("[1, 2").statusCode());
        assertEquals(400, submit("{\"company\": \"A\", \"contact\": \"B\"}").statusCode());
        HttpResponse<String> badForm = Http.as(null).post(PUBLIC, FORM, form(Map.of("company", "表单错", "contact", "C",
                "phone", "12")));
        assertEquals(400, badForm.statusCode());
        assertTrue(badForm.body(), badForm.body().contains("five digits"));
        assertEquals(0, find("表单错").get("total").asInt());
        assertEquals("the console is not reached from the public side", 401, Http.as(null).get(LEADS).statusCode());

        // ten at once with one new phone number: three taken (perContact), one lead with three inquiries
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            CyclicBarrier start = new CyclicBarrier(10);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return submit("{\"company\": \"并发公司\", \"contact\": \"并发\", \"phone\": \"0411-7777 000"
                            + "\", \"message\": \"" + n + "\"}", "X-Forwarded-For", "198.51.100." + n).statusCode();
                }));
            }
            Map<Integer, Integer> statuses = new HashMap<>();
            for (Future<Integer> f : answers) {
                statuses.merge(f.get(), 1, Integer::sum);
            }
            assertEquals(statuses.toString(), Map.of(202, 3, 429, 7), statuses);
        } finally {
            pool.shutdown();
        }
        JsonNode flood = find("并发公司");
        assertEquals(flood.toString(), 1, flood.get("total").asInt());
        assertEquals(3, flood.at("/rows/0/touches").asInt());
        // one address (the trusted proxy's client): ten taken, the eleventh refused; the forged left part of the
        // header does not make another client
        for (int i = 0; i < 10; i++) {
            assertEquals(202, submit("{\"company\": \"地址" + i + "\", \"contact\": \"x\", \"email\": \"a" + i
                    + "@addr.example\"}", "X-Forwarded-For", "203.0.113.77").statusCode());
        }
        HttpResponse<String> over = submit("{\"company\": \"地址10\", \"contact\": \"x\", \"email\": \"a10@addr.example\"}",
                "X-Forwarded-For", "1.2.3.4, 203.0.113.77");
        assertEquals(over.body(), 429, over.statusCode());
        assertTrue(over.headers().firstValue("Retry-After").isPresent());
        assertEquals(0, find("地址10").get("total").asInt());
        HttpResponse<String> overForm = Http.as(null).post(PUBLIC, FORM, form(Map.of("company", "地址11", "contact",
                "x", "email", "a11@addr.example")), "X-Forwarded-For", "203.0.113.77");
        assertEquals(429, overForm.statusCode());
        assertTrue(overForm.body(), overForm.body().contains("Too many"));
    }

    /**
     * Assignment: round robin is fair (over N leads to k people, N/k ± 1), also when the leads come at once; a cap is
     * never passed; someone away is never given a lead; with nobody eligible the lead goes to the pool, where a
     * salesperson under their cap may take it; a salesperson sees their own leads and the pool's, not another's.
     */
    @Test
    public void assignmentIsFairCappedAndThePoolTakesTheRest() throws Exception {
        rule("上海", 20, "上海", "sales, sales4");
        rule("北京", 30, "北京", "sales2, sales3");
        Map<String, Integer> got = new HashMap<>();
        for (int i = 0; i < 9; i++) {
            got.merge(enter("assistant", "上海公司" + i, "上海", "021-5555 10" + i, null).get("owner").asText(), 1,
                    Integer::sum);
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            CyclicBarrier start = new CyclicBarrier(6);
            List<Future<String>> owners = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                int n = i;
                owners.add(pool.submit(() -> {
                    start.await();
                    return enter("assistant", "上海并发" + n, "上海", "021-6666 20" + n, null).get("owner").asText();
                }));
            }
            for (Future<String> f : owners) {
                got.merge(f.get(), 1, Integer::sum);
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(got.toString(), 2, got.size());
        assertTrue(got.toString(), Math.abs(got.get("sales") - got.get("sales4")) <= 1);
        // 周杰's cap is 2, 吴刚 is away: two leads for 周杰, the third to the pool
        List<String> beijing = new ArrayList<>();
        JsonNode third = null;
        for (int i = 0; i < 3; i++) {
            third = enter("assistant", "北京公司" + i, "北京", "010-8888 30" + i, null);
            beijing.add(third.get("owner").isNull() ? "pool" : third.get("owner").asText());
        }
        assertEquals(List.of("sales2", "sales2", "pool"), beijing);
        assertTrue(third.get("poolReason").asText(), third.get("poolReason").asText().contains("their cap"));
        long pooled = third.get("id").asLong();
        HttpResponse<String> atCap = Http.as("sales2").post(LEADS + "/" + pooled + "/taking", JSON, "{\"version\": "
                + third.get("version").asInt() + "}");
        assertEquals(atCap.body(), 409, atCap.statusCode());
        assertTrue(atCap.body(), atCap.body().contains("\"code\":\"cap\""));
        HttpResponse<String> away = Http.as("assistant").post(LEADS + "/" + pooled + "/assignment", JSON,
                "{\"version\": " + third.get("version").asInt() + ", \"owner\": \"sales3\"}");
        assertEquals(away.body(), 409, away.statusCode());
        HttpResponse<String> nobody = Http.as("assistant").post(LEADS + "/" + pooled + "/assignment", JSON,
                "{\"version\": " + third.get("version").asInt() + ", \"owner\": \"nobody\"}");
        assertEquals(nobody.body(), 400, nobody.statusCode());
        assertTrue(Http.as("sales2").get(LEADS + "?pool=true").body().contains("北京公司2"));
        JsonNode taken = ok(Http.as("sales").post(LEADS + "/" + pooled + "/taking", JSON, "{\"version\": "
                + third.get("version").asInt() + "}"), 200);
        assertEquals("sales", taken.get("owner").asText());
        assertEquals(409, Http.as("sales2").post(LEADS + "/" + pooled + "/taking", JSON, "{\"version\": "
                + taken.get("version").asInt() + "}").statusCode());
        assertEquals("a salesperson does not see another's lead", 403, Http.as("sales2").get(LEADS + "/" + pooled)
                .statusCode());
        assertFalse(Http.as("sales2").get(LEADS + "?limit=500").body().contains("上海公司"));
        // 周杰 gives one back with a reason: his place under the cap is free again
        JsonNode his = find("北京公司0").at("/rows/0");
        HttpResponse<String> noReason = Http.as("sales2").post(LEADS + "/" + his.get("id").asLong() + "/release", JSON,
                "{\"version\": " + his.get("version").asInt() + "}");
        assertEquals(400, noReason.statusCode());
        ok(Http.as("sales2").post(LEADS + "/" + his.get("id").asLong() + "/release", JSON, "{\"version\": "
                + his.get("version").asInt() + ", \"reason\": \"不在我的区域\"}"), 200);
        assertEquals("sales2", enter("assistant", "北京公司3", "北京", "010-8888 303", null).get("owner").asText());
    }

    /**
     * The follow-up clock: the first call stamps the first response once and resets the next-call day; the clock
     * reminds, tells the managers and returns a lead nobody called to the pool; lost needs its reason.
     */
    @Test
    public void callsResetTheClockAndALeadNotCalledGoesBackToThePool() throws Exception {
        JsonNode l = enter("sales", "锦州化工", "锦州", "0416-123 4567", null);
        assertEquals("a salesperson's own inquiry is theirs", "sales", l.get("owner").asText());
        long id = l.get("id").asLong();
        HttpResponse<String> noTopic = Http.as("sales").post(LEADS + "/" + id + "/calls", JSON,
                "{\"outcome\": \"REACHED\", \"learned\": \"对手降价\"}");
        assertEquals(400, noTopic.statusCode());
        LocalDate next = clock.today().plusDays(3);
        JsonNode called = ok(Http.as("sales").post(LEADS + "/" + id + "/calls", JSON, "{\"outcome\": \"REACHED\","
                + " \"topic\": \"COMPETITOR\", \"learned\": \"远东阀门在锦州降价 5%\", \"competitor\": \"远东阀门\","
                + " \"nextContactOn\": \"" + next + "\"}"), 200);
        String first = called.get("firstResponseAt").asText();
        assertEquals("CONTACTED", called.get("stage").asText());
        assertEquals(next.toString(), called.get("nextContactOn").asText());
        JsonNode again = ok(Http.as("sales").post(LEADS + "/" + id + "/calls", JSON, "{\"outcome\": \"NO_ANSWER\"}"),
                200);
        assertEquals("the first response is stamped once", first, again.get("firstResponseAt").asText());
        assertEquals(clock.today().plusDays(7).toString(), again.get("nextContactOn").asText());
        assertTrue(Http.as("manager").get("/neiqin/api/leads/intelligence?q=" + URLEncoder.encode("远东",
                StandardCharsets.UTF_8)).body().contains("锦州降价"));
        HttpResponse<String> pastDay = Http.as("sales").post(LEADS + "/" + id + "/calls", JSON,
                "{\"outcome\": \"REACHED\", \"nextContactOn\": \"" + clock.today().minusDays(1) + "\"}");
        assertEquals(400, pastDay.statusCode());

        JsonNode idle = enter("sales", "葫芦岛五金", "葫芦岛", "0429-765 4321", null);
        CompanyClock company = clock;
        try (TestClock test = TestClock.install(context)) {
            LocalDate due = LocalDate.parse(idle.get("nextContactOn").asText());
            test.moveTo(due.plusDays(1), company);
            String ran = work();
            assertTrue(ran, ran.contains("1 reminded"));
            test.moveTo(due.plusDays(3), company);
            assertTrue(work(), true);
            JsonNode told = lead("assistant", idle.get("id").asLong());
            assertEquals("sales", told.get("owner").asText());
            assertTrue(Http.as("manager").get(LEADS + "/" + idle.get("id").asLong() + "/history").body()
                    .contains("managersTold"));
            test.moveTo(due.plusDays(7), company);
            String back = work();
            assertTrue(back, back.contains("back to the pool"));
            JsonNode pooled = lead("assistant", idle.get("id").asLong());
            assertTrue(pooled.toString(), pooled.get("owner").isNull());
            assertTrue(pooled.get("poolReason").asText().contains("not called since"));
            assertTrue("the first lead was called: still 王强's", lead("sales", id).get("owner").asText().equals("sales"));
        }
        JsonNode now = lead("sales", id);
        HttpResponse<String> lostNoReason = Http.as("sales").post(LEADS + "/" + id + "/stage", JSON, "{\"version\": "
                + now.get("version").asInt() + ", \"stage\": \"LOST\"}");
        assertEquals(400, lostNoReason.statusCode());
        JsonNode lost = ok(Http.as("sales").post(LEADS + "/" + id + "/stage", JSON, "{\"version\": "
                + now.get("version").asInt() + ", \"stage\": \"LOST\", \"lostReason\": \"价格\", \"competitor\":"
                + " \"远东阀门\"}"), 200);
        assertEquals("LOST", lost.get("stage").asText());
        assertEquals(409, Http.as("sales").post(LEADS + "/" + id + "/calls", JSON, "{\"outcome\": \"REACHED\"}")
                .statusCode());
        JsonNode report = ok(Http.as("manager").get("/neiqin/api/leads/report"), 200);
        assertTrue(report.toString(), report.toString().contains("价格") && report.get("leads").asInt() > 0);
        boolean responded = false;
        for (JsonNode r : report.get("response")) {
            responded |= r.get("owner").asText().equals("sales") && r.get("called").asInt() >= 1;
        }
        assertTrue("王强's first calls are counted in his response time: " + report.get("response"), responded);
    }

    private String work() throws Exception {
        return Shell.run(shell, "admin", "neiqin-admin", "neiqin:work leads.followUp");
    }

    /**
     * The customer files installed while Neiqin runs: the won lead's conversion appears and opens one customer file,
     * however often and however many at once ask; the customer files removed, the leads go on and the action is gone.
     * Pages in both languages, the shell, strict input and the REST contract.
     */
    @Test
    public void aWonLeadBecomesOneCustomerOnceTheCustomerFilesComeAndLeadsWorkWithoutThem() throws Exception {
        JsonNode l = enter("sales", "营口港务物资", "营口", "0417-888 9999", null);
        long id = l.get("id").asLong();
        JsonNode won = ok(Http.as("sales").post(LEADS + "/" + id + "/stage", JSON, "{\"version\": "
                + l.get("version").asInt() + ", \"stage\": \"WON\"}"), 200);
        JsonNode neighbour = enter("assistant", "营口第二家", "营口", "0417-888 1234", "sales");
        assertEquals("territory protection: the region has a dealer already " + neighbour, "营口港务物资",
                neighbour.at("/territory/0/company").asText());
        HttpResponse<String> noCrm = Http.as("sales").post(LEADS + "/" + id + "/conversion", JSON, "");
        assertEquals(noCrm.body(), 409, noCrm.statusCode());
        assertFalse(Http.as("sales").get("/system/console/neiqin-lead?id=" + id + "&lang=en").body()
                .contains("Make it a customer file"));

        FeaturesService features = context.getService(context.getServiceReference(FeaturesService.class));
        features.installFeature("neiqin-crm", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        Http.as("assistant").await("/neiqin/api/crm/customers", r -> r.statusCode() == 200, 90);
        HttpResponse<String> page = Http.as("sales").await("/system/console/neiqin-lead?id=" + id + "&lang=en",
                r -> r.body().contains("Make it a customer file"), 60);
        assertTrue(page.body(), page.body().contains("Make it a customer file"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Integer> statuses = new ArrayList<>();
        try {
            CyclicBarrier start = new CyclicBarrier(4);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return Http.as("sales").post(LEADS + "/" + id + "/conversion", JSON, "").statusCode();
                }));
            }
            for (Future<Integer> f : answers) {
                statuses.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(statuses.toString(), statuses.contains(200));
        JsonNode converted = lead("sales", id);
        long customer = converted.get("customerId").asLong();
        assertEquals(converted.toString(), converted.get("customerCode").asText(), ok(Http.as("sales")
                .post(LEADS + "/" + id + "/conversion", JSON, ""), 200).get("customerCode").asText());
        JsonNode customers = ok(Http.as("assistant").get("/neiqin/api/crm/customers?q="
                + URLEncoder.encode("营口港务物资", StandardCharsets.UTF_8)), 200);
        assertEquals("converting again never makes a second customer: " + statuses, 1, customers.get("total").asInt());
        assertEquals(customer, customers.at("/rows/0/id").asLong());
        JsonNode card = ok(Http.as("assistant").get("/neiqin/api/crm/customers/" + customer), 200);
        assertTrue(card.toString(), card.toString().contains("0417-888 9999") && card.toString().contains("联系人"));

        features.uninstallFeature("neiqin-crm", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        Http.as("sales").await(LEADS + "/" + id, r -> r.statusCode() == 200, 60);
        JsonNode after = enter("sales", "盘锦石化配件", "盘锦", "0427-111 2222", null);
        assertEquals("sales", after.get("owner").asText());
        assertEquals(409, Http.as("sales").post(LEADS + "/" + after.get("id").asLong() + "/conversion", JSON, "")
                .statusCode());

        // pages in both languages; the statistics are the office's and the managers'
        String zh = Http.as("sales").get("/system/console/neiqin-leads?lang=zh").body();
        assertTrue(zh, zh.contains("招商线索") && zh.contains("盘锦石化配件") && zh.contains("新线索"));
        for (String p : new String[] {"neiqin-lead-offers", "neiqin-lead-rules", "neiqin-lead-intelligence",
            "neiqin-lead?id=" + id, "neiqin-lead"}) {
            HttpResponse<String> r = Http.as("sales").get("/system/console/" + p + (p.contains("?") ? "&" : "?")
                    + "lang=zh");
            assertEquals(p + ": " + r.body(), 200, r.statusCode());
            assertFalse(p, r.body().contains("???"));
        }
        assertTrue(Http.as("manager").get("/system/console/neiqin-lead-reports?lang=zh").body().contains("线索统计"));
        assertEquals(403, Http.as("sales").get("/system/console/neiqin-lead-reports").statusCode());
        assertEquals(403, Http.as("outsider").get("/system/console/neiqin-leads").statusCode());
        HttpResponse<String> entered = Http.as("sales").submit("/system/console/neiqin-lead?lang=zh", "company",
                "页面公司", "contact", "张", "phone", "12", "source", "PHONE");
        assertTrue(entered.body(), entered.body().contains("电话号码至少 5 位数字"));
        Shell.awaitAcl(shell, "sales", "neiqin-sales", "leads:list", 30);
        String listed = Shell.run(shell, "sales", "neiqin-sales", "leads:list 盘锦");
        assertTrue(listed, listed.contains("盘锦石化配件") && listed.contains(" leads"));
        assertEquals(List.of(), StrictInput.problems("assistant", LEADS, "{\"data\": {\"company\": \"严格公司\","
                + " \"contact\": \"x\", \"phone\": \"0411-999 0000\", \"source\": \"PHONE\"}, \"owner\": \"sales\"}", "owner",
                null,
                "stage=NO_SUCH_STAGE", "pool=perhaps"));
        assertEquals(List.of(), StrictInput.refusals("manager", "/neiqin/api/leads/intelligence?topic=WEATHER",
                "/neiqin/api/leads/report?from=yesterday", "/neiqin/api/leads/intelligence?colour=red"));
        OpenApiCheck api = OpenApiCheck.of(Http.as("sales").get("/neiqin/api/openapi.json").body());
        assertTrue(api.paths().toString(), api.paths().contains("/leads/leads/{id}/conversion")
                && api.paths().contains("/leads/offers/{id}/publication"));
        assertEquals(List.of(), api.problems("GET", "/leads/leads", 200, Http.as("sales").get(LEADS).body()));
        assertEquals(List.of(), Conformance.problems(context, "org.neiqin.leads"));
    }
}
