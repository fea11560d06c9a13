package org.neiqin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * Expense claims installed by name ({@code neiqin-expenses}, alone: without the customer files): a claim checked by
 * the office and approved by the manager, one over the travel standard on to the next level, a manager's own claim
 * straight to the next level, nobody approving their own; each fapiao once, also when two claims race; two approvals
 * racing for one budget; advances settled with a return and with a top-up; an application approved and verified;
 * bad input refused with nothing stored; the pages in both languages and the shell.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ExpensesIT {
    private static final String CLAIMS = "/neiqin/api/expenses/claims";
    private static final String BUDGETS = "/neiqin/api/expenses/budgets";
    private static final String ADVANCES = "/neiqin/api/expenses/advances";
    private static final String APPLICATIONS = "/neiqin/api/expenses/applications";
    private static final String JSON = "application/json";

    @Inject
    private BundleContext context;

    @Inject
    private SessionFactory shell;

    @Inject
    private CompanyClock clock;

    @Configuration
    public Option[] config() {
        return OptionUtils.combine(KarafOptions.with("neiqin-expenses"),
                editConfigurationFilePut("etc/org.neiqin.people.cfg", "sales", "王强"),
                editConfigurationFilePut("etc/org.neiqin.people.cfg", "assistant2", "李四"),
                editConfigurationFilePut("etc/org.neiqin.people.cfg", "manager2", "赵六"),
                editConfigurationFilePut("etc/org.neiqin.people.cfg", "sales.grade", "B"),
                editConfigurationFilePut("etc/org.neiqin.people.cfg", "sales.region", "LN"),
                editConfigurationFilePut("etc/org.neiqin.people.cfg", "manager.grade", "A"),
                editConfigurationFilePut("etc/org.neiqin.people.cfg", "assistant.grade", "C"),
                editConfigurationFilePut("etc/org.neiqin.people.cfg", "finance.grade", "C"));
    }

    @Before
    public void moduleIsUp() {
        Http.as("admin").awaitAll(90, CLAIMS, "/system/console/neiqin-expenses", "/system/console/neiqin-budgets");
    }

    private static JsonNode ok(HttpResponse<String> r, int status) {
        assertEquals(r.body(), status, r.statusCode());
        return Json.parse(r.body());
    }

    private LocalDate today() {
        return clock.today();
    }

    /** A line as a client writes it: date, category, amount (the fapiao's too), fapiao number, city and days. */
    private static String line(LocalDate day, String category, String amount, String fapiao, String city, String days) {
        return "{\"day\": \"" + day + "\", \"category\": \"" + category + "\", \"amount\": " + Json.money(amount)
                + ", \"fapiaoNo\": \"" + fapiao + "\", \"fapiaoAmount\": " + Json.money(amount)
                + (city == null ? "" : ", \"city\": \"" + city + "\"") + (days == null ? "" : ", \"days\": " + days) + "}";
    }

    private static String withCustomer(String line) {
        return line.substring(0, line.length() - 1) + ", \"customerId\": 5}";
    }

    private static String claim(String purpose, Long advance, String... lines) {
        return "{\"claim\": {\"purpose\": \"" + purpose + "\"" + (advance == null ? "" : ", \"advanceId\": " + advance)
                + "}, \"lines\": [" + String.join(", ", lines) + "]}";
    }

    private static final String PDF = "%PDF-1.4\n% a fapiao, scanned\n%%EOF\n";

    /** @return the claim after its claimant attached a receipt to each of its lines */
    private static JsonNode withReceipts(String claimant, JsonNode claim) {
        JsonNode v = claim;
        for (JsonNode line : claim.get("lines")) {
            v = ok(Http.as(claimant).put(CLAIMS + "/" + claim.get("id").asLong() + "/lines/" + line.get("lineNo").asInt()
                    + "/receipt?version=" + v.get("version").asInt() + "&name=fapiao-" + line.get("lineNo").asInt()
                    + ".pdf", "application/pdf", PDF), 200);
        }
        return v;
    }

    /** @return the claim after the office's first check */
    private static JsonNode check(JsonNode claim) {
        return ok(Http.as("assistant").post(CLAIMS + "/" + claim.get("id").asLong() + "/check", JSON, step(claim)), 200);
    }

    private static String step(JsonNode v) {
        return "{\"version\": " + v.get("version").asInt() + "}";
    }

    private static JsonNode budget(String name, String scope, String key, String planned) {
        int year = LocalDate.now().getYear();
        return ok(Http.as("manager").post(BUDGETS, JSON, "{\"name\": \"" + name + "\", \"scope\": \"" + scope
                + "\", \"scopeKey\": \"" + key + "\", \"periodFrom\": \"" + (year - 1) + "-01-01\", \"periodTo\": \""
                + (year + 1) + "-12-31\", \"planned\": " + Json.money(planned) + "}"), 201);
    }

    /** @return the pending review round of a record of a type, as the user's inbox lists it (-1: not there) */
    private static long round(String user, String type, long id) {
        HttpResponse<String> answer = Http.as(user).get("/neiqin/api/core/reviews");
        if (answer.statusCode() == 403) {
            return -1;
        }
        JsonNode inbox = ok(answer, 200);
        for (JsonNode r : inbox) {
            if (type.equals(r.get("documentType").asText()) && String.valueOf(id).equals(r.get("documentId").asText())) {
                return r.get("id").asLong();
            }
        }
        return -1;
    }

    private static HttpResponse<String> decide(String user, long round, String verdict, String reason) {
        return Http.as(user).post("/neiqin/api/core/reviews/" + round + "/decisions", JSON, "{\"verdict\": \"" + verdict
                + "\"" + (reason == null ? "" : ", \"reason\": \"" + reason + "\"") + "}");
    }

    private static JsonNode get(String user, String path) {
        return ok(Http.as(user).get(path), 200);
    }

    /**
     * A claim's way: submitted by 王强, checked by the office (never by the claimant), approved by the manager, paid
     * by finance, committed and then spent in his budget. A line over the travel standard goes from the manager on to
     * the next level; the manager's own claim goes to the next level at once; a returned claim is corrected and
     * submitted again; a cap that blocks refuses the claim and nothing is stored.
     */
    @Test
    public void aClaimIsCheckedApprovedAndPaidAndWhatGoesBeyondGoesToTheNextLevel() {
        JsonNode mine = budget("王强 差旅", "SALESPERSON", "sales", "20000");
        LocalDate d = today().minusDays(3);
        JsonNode travel = ok(Http.as("sales").post(CLAIMS, JSON, claim("大连出差", null,
                line(d, "LODGING", "760.00", "11000001", "大连", "2"),
                line(d, "MEALS", "250.00", "11000002", "大连", "2.5"))), 201);
        assertEquals("SUBMITTED", travel.get("state").asText());
        assertEquals("1010.00", travel.at("/total/amount").asText());
        assertEquals("the standard of grade B in a tier-2 city: 400 a night", "800.00",
                travel.at("/lines/0/standard/amount").asText());
        assertEquals("[]", travel.get("higher").toString());
        long id = travel.get("id").asLong();
        assertEquals("the claimant does not check", 403, Http.as("sales").post(CLAIMS + "/" + id + "/check", JSON,
                step(travel)).statusCode());
        HttpResponse<String> noReceipts = Http.as("assistant").post(CLAIMS + "/" + id + "/check", JSON, step(travel));
        assertEquals("the first check finds every receipt: " + noReceipts.body(), 409, noReceipts.statusCode());
        HttpResponse<String> notAScan = Http.as("sales").put(CLAIMS + "/" + id + "/lines/1/receipt?version="
                + travel.get("version").asInt() + "&name=x.txt", "text/plain", "paid, trust me");
        assertEquals(notAScan.body(), 400, notAScan.statusCode());
        assertEquals("line 3 is not there", 404, Http.as("sales").put(CLAIMS + "/" + id + "/lines/3/receipt?version="
                + travel.get("version").asInt() + "&name=a.pdf", "application/pdf", PDF).statusCode());
        assertEquals("only the claimant attaches", 403, Http.as("assistant").put(CLAIMS + "/" + id
                + "/lines/1/receipt?version=" + travel.get("version").asInt(), "application/pdf", PDF).statusCode());
        JsonNode scanned = withReceipts("sales", travel);
        assertEquals("fapiao-1.pdf", scanned.at("/lines/0/receipt").asText());
        HttpResponse<String> back = Http.as("manager").get(CLAIMS + "/" + id + "/lines/1/receipt");
        assertEquals(PDF, back.body());
        assertTrue(back.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        JsonNode checked = ok(Http.as("assistant").post(CLAIMS + "/" + id + "/check", JSON, step(scanned)), 200);
        assertEquals("CHECKED", checked.get("state").asText());
        assertEquals("MANAGER", checked.get("stage").asText());
        assertEquals("the office does not approve", -1, round("assistant", "expenses.claim", id));
        ok(decide("manager", round("manager", "expenses.claim", id), "APPROVE", null), 200);
        assertEquals("APPROVED", get("sales", CLAIMS + "/" + id).get("state").asText());
        JsonNode committed = get("manager", BUDGETS + "/" + mine.get("id").asLong());
        assertEquals("1010.00", committed.at("/committed/amount").asText());
        assertEquals("18990.00", committed.at("/available/amount").asText());
        ok(Http.as("finance").post(CLAIMS + "/" + id + "/payment", JSON, step(get("finance", CLAIMS + "/" + id))), 200);
        JsonNode spent = get("manager", BUDGETS + "/" + mine.get("id").asLong());
        assertEquals("0.00", spent.at("/committed/amount").asText());
        assertEquals("1010.00", spent.at("/actual/amount").asText());
        assertEquals("18990.00", spent.at("/available/amount").asText());

        // over the standard: the office returns it, 王强 corrects it, and it goes on from the manager to the next level
        JsonNode over = ok(Http.as("sales").post(CLAIMS, JSON, claim("沈阳出差", null,
                line(d, "LODGING", "560.00", "11000003", "沈阳", "1"))), 201);
        assertEquals("[\"standard\"]", over.get("higher").toString());
        assertEquals("[\"standard\"]", over.at("/lines/0/flags").toString());
        long overId = over.get("id").asLong();
        HttpResponse<String> noReason = Http.as("assistant").post(CLAIMS + "/" + overId + "/return", JSON, step(over));
        assertEquals(noReason.body(), 400, noReason.statusCode());
        JsonNode returned = ok(Http.as("assistant").post(CLAIMS + "/" + overId + "/return", JSON, "{\"version\": "
                + over.get("version").asInt() + ", \"reason\": \"缺住宿发票\"}"), 200);
        assertEquals("RETURNED", returned.get("state").asText());
        assertEquals("only the claimant corrects it", 403, Http.as("manager").put(CLAIMS + "/" + overId, JSON,
                "{\"version\": " + returned.get("version").asInt() + ", " + claim("x", null,
                        line(d, "LODGING", "560.00", "11000003", "沈阳", "1")).substring(1)).statusCode());
        JsonNode again = ok(Http.as("sales").put(CLAIMS + "/" + overId, JSON, "{\"version\": "
                + returned.get("version").asInt() + ", " + claim("沈阳出差（补发票）", null,
                        line(d, "LODGING", "560.00", "11000003", "沈阳", "1")).substring(1)), 200);
        assertEquals("SUBMITTED", again.get("state").asText());
        JsonNode overChecked = check(withReceipts("sales", again));
        ok(decide("manager", round("manager", "expenses.claim", overId), "APPROVE", null), 200);
        JsonNode higher = get("sales", CLAIMS + "/" + overId);
        assertEquals("CHECKED", higher.get("state").asText());
        assertEquals("HIGHER", higher.get("stage").asText());
        assertEquals("a manager is not the next level", -1, round("manager", "expenses.claim.higher", overId));
        ok(decide("admin", round("admin", "expenses.claim.higher", overId), "APPROVE", null), 200);
        assertEquals("APPROVED", get("sales", CLAIMS + "/" + overId).get("state").asText());
        assertTrue(overChecked.toString(), overChecked.get("version").asInt() > 0);

        // the manager's own claim skips to the next level; the office's check is someone else's
        JsonNode own = ok(Http.as("manager").post(CLAIMS, JSON, claim("寄样品", null,
                line(d, "COURIER", "80.00", "11000004", null, null))), 201);
        assertTrue(own.get("higher").toString(), own.get("higher").toString().contains("manager"));
        JsonNode ownChecked = check(withReceipts("manager", own));
        assertEquals("HIGHER", ownChecked.get("stage").asText());
        assertEquals(-1, round("manager", "expenses.claim", own.get("id").asLong()));
        assertEquals(-1, round("manager2", "expenses.claim", own.get("id").asLong()));
        assertTrue(round("admin", "expenses.claim.higher", own.get("id").asLong()) > 0);

        // a cap that blocks: entertainment over 5000 in a month is refused whole, nothing stored
        long before = get("sales", CLAIMS).get("total").asLong();
        HttpResponse<String> blocked = Http.as("sales").post(CLAIMS, JSON, claim("宴请", null,
                line(d, "ENTERTAINMENT", "900.00", "11000005", null, null),
                line(d, "ENTERTAINMENT", "4500.00", "11000006", null, null)));
        assertEquals(blocked.body(), 400, blocked.statusCode());
        assertTrue(blocked.body(), blocked.body().contains("\"field\":\"lines[1].amount\""));
        for (String[] bad : new String[][] {
            {claim("x", null, line(d, "FARE", "100.00", "11000007", null, null)), "lines[0].city"},
            {claim("x", null, line(d, "MEALS", "100.00", "11000008", "沈阳", "1.3")), "lines[0].days"},
            {claim("x", null, line(d, "LODGING", "100.00", "11000009", "沈阳", "1.5")), "lines[0].days"},
            {claim("x", null, line(today().plusDays(1), "COURIER", "10.00", "11000010", null, null)), "lines[0].day"},
            {claim("x", null, line(d, "COURIER", "10.00", "12-34", null, null)), "lines[0].fapiaoNo"},
            {claim("x", null, line(d, "COURIER", "10.00", "11000011", null, null),
                    line(d, "COURIER", "10.00", "11000011", null, null)), "lines[1].fapiaoNo"},
            {claim("x", null, line(d, "COURIER", "10.00", "11000012", null, null).replace("\"fapiaoAmount\": "
                    + Json.money("10.00"), "\"fapiaoAmount\": " + Json.money("9.00"))), "lines[0].amount"},
            {claim("x", null), "lines"},
            {claim("x", 999999L, line(d, "COURIER", "10.00", "11000013", null, null)), "advanceId"},
            {claim("x", null, withCustomer(line(d, "COURIER", "10.00", "11000014", null, null))),
                "lines[0].customerId"},
            {"{\"claim\": {\"purpose\": 12}, \"lines\": []}", "purpose"}}) {
            String field = bad[1].equals("purpose") ? "purpose" : "\"field\":\"" + bad[1] + "\"";
            HttpResponse<String> refused = Http.as("sales").post(CLAIMS, JSON, bad[0]);
            assertEquals(bad[0] + ": " + refused.body(), 400, refused.statusCode());
            assertTrue(bad[0] + ": " + refused.body(), refused.body().contains(field));
        }
        assertEquals("refusals stored nothing", before, get("sales", CLAIMS).get("total").asLong());
        assertEquals("a salesperson sees only their own", 0, get("sales", CLAIMS + "?claimant=manager").path("rows")
                .toString().contains("寄样品") ? 1 : 0);
        assertEquals(403, Http.as("sales").get(CLAIMS + "/" + own.get("id").asLong()).statusCode());
        JsonNode history = get("sales", CLAIMS + "/" + overId + "/history");
        assertTrue(history.toString(), history.toString().contains("缺住宿发票"));
    }

    /** Each fapiao number is claimed once: refused naming the claim that holds it; two claims racing, one wins. */
    @Test
    public void eachFapiaoIsClaimedOnceAlsoWhenTwoClaimsRace() throws Exception {
        LocalDate d = today().minusDays(1);
        JsonNode first = ok(Http.as("sales").post(CLAIMS, JSON, claim("快递", null,
                line(d, "COURIER", "30.00", "22000001", null, null))), 201);
        HttpResponse<String> twice = Http.as("manager").post(CLAIMS, JSON, claim("快递", null,
                line(d, "COURIER", "30.00", "22 000 001", null, null)));
        assertEquals(twice.body(), 409, twice.statusCode());
        assertTrue(twice.body(), twice.body().contains(first.get("code").asText()));
        // withdrawn, its numbers are free again
        ok(Http.as("sales").post(CLAIMS + "/" + first.get("id").asLong() + "/withdrawal", JSON, step(first)), 200);
        ok(Http.as("manager").post(CLAIMS, JSON, claim("快递", null, line(d, "COURIER", "30.00", "22000001", null, null))),
                201);
        for (int round = 0; round < 3; round++) {
            String number = "2300000" + round;
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (String user : new String[] {"sales", "assistant"}) {
                answers.add(pool.submit(() -> {
                    together.await();
                    return Http.as(user).post(CLAIMS, JSON, claim("印刷", null, line(d, "PRINTING", "50.00", number, null,
                            null)));
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> a : answers) {
                statuses.add(a.get().statusCode());
            }
            pool.shutdown();
            statuses.sort(null);
            assertEquals("round " + round + ": " + answers.get(0).get().body() + " " + answers.get(1).get().body(),
                    List.of(201, 409), statuses);
        }
    }

    /**
     * Two managers approve two claims at once against a budget that can take one: one is approved and committed, the
     * other goes on to the next level; available = planned − committed − actual throughout. A budget's plan changed
     * after the fact leaves an entry in its history and judges nothing again.
     */
    @Test
    public void twoApprovalsThatTogetherExceedTheBudgetCannotBothPass() throws Exception {
        JsonNode own = budget("李四 费用", "SALESPERSON", "assistant2", "1000");
        LocalDate d = today().minusDays(2);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            JsonNode c = ok(Http.as("assistant2").post(CLAIMS, JSON, claim("印刷 " + i, null,
                    line(d, "PRINTING", "600.00", "3300000" + i, null, null))), 201);
            check(withReceipts("assistant2", c));
            ids.add(c.get("id").asLong());
        }
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        String[] managers = {"manager", "manager2"};
        for (int i = 0; i < 2; i++) {
            long round = round(managers[i], "expenses.claim", ids.get(i));
            String m = managers[i];
            answers.add(pool.submit(() -> {
                together.await();
                return decide(m, round, "APPROVE", null);
            }));
        }
        for (Future<HttpResponse<String>> a : answers) {
            assertEquals(a.get().body(), 200, a.get().statusCode());
        }
        pool.shutdown();
        List<String> states = new ArrayList<>();
        for (long id : ids) {
            JsonNode c = get("manager", CLAIMS + "/" + id);
            states.add(c.get("state").asText() + (c.get("stage").isNull() ? "" : "/" + c.get("stage").asText()));
        }
        states.sort(null);
        assertEquals(own.get("id").asLong(), charged(ids.get(0)));
        JsonNode budgetNow = get("manager", BUDGETS + "/" + charged(ids.get(0)));
        assertEquals(states + " " + budgetNow, List.of("APPROVED", "CHECKED/HIGHER"), states);
        assertEquals(budgetNow.toString(), "600.00", budgetNow.at("/committed/amount").asText());
        assertEquals(budgetNow.toString(), "400.00", budgetNow.at("/available/amount").asText());
        for (long id : ids) {
            if (get("manager", CLAIMS + "/" + id).get("state").asText().equals("CHECKED")) {
                assertTrue(get("manager", CLAIMS + "/" + id).get("higher").toString().contains("budget"));
                ok(decide("admin", round("admin", "expenses.claim.higher", id), "APPROVE", null), 200);
            }
        }
        JsonNode overdrawn = get("manager", BUDGETS + "/" + charged(ids.get(0)));
        assertEquals("the next level let it through: the budget shows it overdrawn", "-200.00",
                overdrawn.at("/available/amount").asText());
        // the plan changed after the fact: in the history, nothing judged again
        JsonNode changed = ok(Http.as("manager").put(BUDGETS + "/" + overdrawn.get("id").asLong(), JSON, "{\"version\": "
                + overdrawn.get("version").asInt() + ", \"data\": " + Json.write(overdrawn.get("data")).replace(
                        Json.write(overdrawn.at("/data/planned")), Json.money("1500.00")) + "}"), 200);
        assertEquals("300.00", changed.at("/available/amount").asText());
        assertTrue(get("manager", BUDGETS + "/" + overdrawn.get("id").asLong() + "/history").toString().contains("1500"));
        assertEquals("a salesperson does not plan budgets", 403, Http.as("sales").post(BUDGETS, JSON, "{}").statusCode());
    }

    /** @return the budget a claim's first line is charged to */
    private static long charged(long claim) {
        return get("manager", CLAIMS + "/" + claim).at("/lines/0/budgetId").asLong();
    }

    /**
     * Advances: a trip advance approved and paid; no second while it is open; a claim of another trip's days refused;
     * its claim approved and the advance settled with the rest returned; the monthly float overspent and settled with
     * the difference paid out.
     */
    @Test
    public void anAdvanceIsSettledWithAReturnAndAnotherWithATopUp() {
        LocalDate from = today().minusDays(6);
        LocalDate to = today().minusDays(4);
        JsonNode trip = ok(Http.as("sales").post(ADVANCES, JSON, "{\"kind\": \"TRIP\", \"purpose\": \"营口 走访经销商\","
                + " \"amount\": " + Json.money("2000.00") + ", \"tripFrom\": \"" + from + "\", \"tripTo\": \"" + to
                + "\"}"), 201);
        HttpResponse<String> second = Http.as("sales").post(ADVANCES, JSON, "{\"kind\": \"FLOAT\", \"purpose\": \"名片\","
                + " \"amount\": " + Json.money("500.00") + "}");
        assertEquals("前款不清后款不借: " + second.body(), 409, second.statusCode());
        long id = trip.get("id").asLong();
        assertEquals("the borrower does not approve", -1, round("sales", "expenses.advance", id));
        ok(decide("manager", round("manager", "expenses.advance", id), "APPROVE", null), 200);
        JsonNode paid = ok(Http.as("finance").post(ADVANCES + "/" + id + "/payment", JSON, step(get("finance",
                ADVANCES + "/" + id))), 200);
        assertEquals("PAID", paid.get("state").asText());
        assertEquals(to.plusDays(10).toString(), paid.get("dueOn").asText());
        // money goes out by somebody else's hand: the administrator, who may pay, does not pay their own advance
        long own = ok(Http.as("admin").post(ADVANCES, JSON, "{\"kind\": \"FLOAT\", \"purpose\": \"快递\", \"amount\": "
                + Json.money("300.00") + "}"), 201).get("id").asLong();
        ok(decide("manager", round("manager", "expenses.advance", own), "APPROVE", null), 200);
        HttpResponse<String> ownPay = Http.as("admin").post(ADVANCES + "/" + own + "/payment", JSON, step(get("admin",
                ADVANCES + "/" + own)));
        assertEquals(ownPay.body(), 403, ownPay.statusCode());
        assertTrue(ownPay.body(), ownPay.body().contains("somebody else in finance pays it"));
        ok(Http.as("finance").post(ADVANCES + "/" + own + "/payment", JSON, step(get("finance", ADVANCES + "/" + own))), 200);
        HttpResponse<String> otherTrip = Http.as("sales").post(CLAIMS, JSON, claim("营口", id,
                line(today().minusDays(1), "FARE", "120.00", "44000001", "营口", null)));
        assertEquals(otherTrip.body(), 400, otherTrip.statusCode());
        assertTrue(otherTrip.body(), otherTrip.body().contains("lines[0].day"));
        JsonNode c = ok(Http.as("sales").post(CLAIMS, JSON, claim("营口出差", id,
                line(from, "FARE", "120.00", "44000002", "营口", null),
                line(from, "LODGING", "290.00", "44000003", "营口", "2"))), 201);
        HttpResponse<String> early = Http.as("finance").post(ADVANCES + "/" + id + "/settlement", JSON, step(paid));
        assertEquals("a claim on its way holds the settlement: " + early.body(), 409, early.statusCode());
        JsonNode checked = check(withReceipts("sales", c));
        ok(decide("manager", round("manager", "expenses.claim", c.get("id").asLong()), "APPROVE", null), 200);
        assertEquals("an advance's claim is paid by settling it", 409, Http.as("finance").post(CLAIMS + "/"
                + c.get("id").asLong() + "/payment", JSON, step(get("finance", CLAIMS + "/" + c.get("id").asLong())))
                .statusCode());
        JsonNode open = get("sales", ADVANCES + "/" + id);
        assertEquals("410.00", open.at("/claimed/amount").asText());
        assertEquals("1590.00", open.at("/balance/amount").asText());
        assertEquals("TO_RETURN", open.get("settlement").asText());
        JsonNode settled = ok(Http.as("finance").post(ADVANCES + "/" + id + "/settlement", JSON, step(open)), 200);
        assertEquals("SETTLED", settled.get("state").asText());
        assertEquals("1590.00", settled.at("/returned/amount").asText());
        assertEquals("0.00", settled.at("/paidOut/amount").asText());
        assertEquals("PAID", get("sales", CLAIMS + "/" + c.get("id").asLong()).get("state").asText());
        assertTrue(checked.get("version").asInt() > 0);

        // the float: overspent, the difference paid out
        JsonNode floatAdvance = ok(Http.as("sales").post(ADVANCES, JSON, "{\"kind\": \"FLOAT\", \"purpose\": \"名片、快递\","
                + " \"amount\": " + Json.money("300.00") + "}"), 201);
        long f = floatAdvance.get("id").asLong();
        ok(decide("manager", round("manager", "expenses.advance", f), "APPROVE", null), 200);
        ok(Http.as("finance").post(ADVANCES + "/" + f + "/payment", JSON, step(get("finance", ADVANCES + "/" + f))), 200);
        JsonNode fc = ok(Http.as("sales").post(CLAIMS, JSON, claim("名片", f,
                line(today(), "PRINTING", "260.00", "44000004", null, null),
                line(today(), "COURIER", "75.00", "44000005", null, null))), 201);
        check(withReceipts("sales", fc));
        ok(decide("manager", round("manager", "expenses.claim", fc.get("id").asLong()), "APPROVE", null), 200);
        JsonNode over = get("finance", ADVANCES + "/" + f);
        assertEquals("TO_PAY", over.get("settlement").asText());
        assertEquals("-35.00", over.at("/balance/amount").asText());
        JsonNode topped = ok(Http.as("finance").post(ADVANCES + "/" + f + "/settlement", JSON, step(over)), 200);
        assertEquals("35.00", topped.at("/paidOut/amount").asText());
        assertEquals("0.00", topped.at("/returned/amount").asText());
        assertEquals("a salesperson does not pay", 403, Http.as("sales").post(ADVANCES + "/" + f + "/settlement", JSON,
                step(topped)).statusCode());
    }

    /**
     * An application approved before the money is spent commits its estimate; verified against the receipts (never
     * more than approved), what was spent becomes actual and the rest goes back; one not verified in time stands out.
     */
    @Test
    public void anApplicationIsApprovedThenVerifiedAgainstItsReceipts() {
        JsonNode promo = budget("辽宁 促销", "SALESPERSON", "manager2", "50000");
        String body = "{\"kind\": \"EXHIBITION\", \"purpose\": \"沈阳装备展\", \"budgetId\": " + promo.get("id").asLong()
                + ", \"estimate\": " + Json.money("30000.00") + ", \"periodFrom\": \"" + today().minusDays(50)
                + "\", \"periodTo\": \"" + today().minusDays(40) + "\"}";
        JsonNode a = ok(Http.as("sales").post(APPLICATIONS, JSON, body), 201);
        assertEquals("REQUESTED", a.get("state").asText());
        long id = a.get("id").asLong();
        ok(decide("manager", round("manager", "expenses.application", id), "APPROVE", null), 200);
        JsonNode approved = get("assistant", APPLICATIONS + "/" + id);
        assertEquals("APPROVED", approved.get("state").asText());
        assertTrue("past its verification day", approved.get("overdue").asBoolean());
        assertTrue(get("assistant", APPLICATIONS + "?overdue=true").toString().contains(a.get("code").asText()));
        assertEquals("30000.00", get("manager", BUDGETS + "/" + promo.get("id").asLong()).at("/committed/amount").asText());
        HttpResponse<String> over = Http.as("assistant").post(APPLICATIONS + "/" + id + "/verification", JSON,
                "{\"version\": " + approved.get("version").asInt() + ", \"verified\": " + Json.money("30000.01")
                        + ", \"receipts\": \"发票 8 张\"}");
        assertEquals(over.body(), 400, over.statusCode());
        assertEquals("the applicant does not verify", 403, Http.as("sales").post(APPLICATIONS + "/" + id
                + "/verification", JSON, "{\"version\": " + approved.get("version").asInt() + ", \"verified\": "
                + Json.money("100.00") + ", \"receipts\": \"x\"}").statusCode());
        JsonNode verified = ok(Http.as("assistant").post(APPLICATIONS + "/" + id + "/verification", JSON, "{\"version\": "
                + approved.get("version").asInt() + ", \"verified\": " + Json.money("27500.00")
                + ", \"receipts\": \"发票 8 张，展位合同 1 份\"}"), 200);
        assertEquals("VERIFIED", verified.get("state").asText());
        JsonNode b = get("manager", BUDGETS + "/" + promo.get("id").asLong());
        assertEquals("0.00", b.at("/committed/amount").asText());
        assertEquals("27500.00", b.at("/actual/amount").asText());
        assertEquals("22500.00", b.at("/available/amount").asText());

        // over the budget: from the manager on to the next level
        JsonNode big = ok(Http.as("sales").post(APPLICATIONS, JSON, body.replace("30000.00", "25000.00")), 201);
        ok(decide("manager", round("manager", "expenses.application", big.get("id").asLong()), "APPROVE", null), 200);
        assertEquals("REQUESTED", get("sales", APPLICATIONS + "/" + big.get("id").asLong()).get("state").asText());
        assertTrue(round("admin", "expenses.application.higher", big.get("id").asLong()) > 0);
        HttpResponse<String> badPeriod = Http.as("sales").post(APPLICATIONS, JSON, body.replace("\"periodTo\": \""
                + today().minusDays(40), "\"periodTo\": \"" + today().minusDays(60)));
        assertEquals(badPeriod.body(), 400, badPeriod.statusCode());
    }

    /**
     * The customer files installed later, by name, as a company adds a module: claim lines and activities name
     * customers from then on; a promotion allows its customer a rate of what it bought (entered by the office, the
     * contracts module not being installed); the customer's card shows what was spent on it this year.
     */
    @Test
    public void withTheCustomerFilesInstalledLaterSpendingIsKeptPerCustomer() throws Exception {
        org.apache.karaf.features.FeaturesService features = context.getService(context.getServiceReference(
                org.apache.karaf.features.FeaturesService.class));
        features.installFeature("neiqin-crm", java.util.EnumSet.of(
                org.apache.karaf.features.FeaturesService.Option.NoAutoRefreshBundles));
        HttpResponse<String> made = Http.as("assistant").await("/neiqin/api/crm/customers", r -> r.statusCode() == 200, 90);
        assertEquals(made.body(), 200, made.statusCode());
        JsonNode customer = ok(Http.as("assistant").post("/neiqin/api/crm/customers", JSON, "{\"fullName\": \"鞍山钢材市场\","
                + " \"lifecycle\": \"NEW\", \"nature\": \"GENERAL_COMPANY\", \"paymentTerms\": \"CREDIT\","
                + " \"creditDays\": 30, \"creditLimit\": " + Json.money(200000) + ", \"annualVolume\": "
                + Json.money(150000) + ", \"infoSource\": \"VISIT\", \"region\": \"LN\", \"route\": \"SY\","
                + " \"phone\": \"024-2345 6789\"}"), 201);
        long id = customer.get("id").asLong();
        // an activity for the customer with an allowance of 2% of what it buys during it
        String promo = "{\"kind\": \"PROMOTION\", \"purpose\": \"鞍山 春季促销\", \"customerId\": " + id
                + ", \"allowanceRate\": 2, \"estimate\": " + Json.money("5000.00") + ", \"periodFrom\": \""
                + today().withDayOfYear(1) + "\", \"periodTo\": \"" + today() + "\"}";
        HttpResponse<String> noCustomer = Http.as("sales").post(APPLICATIONS, JSON, promo.replace("\"customerId\": " + id
                + ", ", ""));
        assertEquals(noCustomer.body(), 400, noCustomer.statusCode());
        assertTrue(noCustomer.body(), noCustomer.body().contains("\"field\":\"customerId\""));
        JsonNode a = ok(Http.as("sales").post(APPLICATIONS, JSON, promo), 201);
        ok(decide("manager", round("manager", "expenses.application", a.get("id").asLong()), "APPROVE", null), 200);
        JsonNode approved = get("assistant", APPLICATIONS + "/" + a.get("id").asLong());
        HttpResponse<String> noBase = Http.as("assistant").post(APPLICATIONS + "/" + a.get("id").asLong()
                + "/verification", JSON, "{\"version\": " + approved.get("version").asInt() + ", \"verified\": "
                + Json.money("4800.00") + ", \"receipts\": \"发票 3 张\"}");
        assertEquals("without the contracts the office gives what the customer bought: " + noBase.body(), 400,
                noBase.statusCode());
        JsonNode verified = ok(Http.as("assistant").post(APPLICATIONS + "/" + a.get("id").asLong() + "/verification",
                JSON, "{\"version\": " + approved.get("version").asInt() + ", \"verified\": " + Json.money("4800.00")
                        + ", \"receipts\": \"发票 3 张\", \"allowanceBase\": " + Json.money("86000.00") + "}"), 200);
        assertEquals("1720.00", verified.at("/allowance/amount").asText());
        // a dinner with the customer, named on the line
        JsonNode dinner = ok(Http.as("sales").post(CLAIMS, JSON, claim("宴请鞍山钢材市场", null,
                withCustomer(line(today(), "ENTERTAINMENT", "600.00", "66000001", null, null))
                        .replace("\"customerId\": 5", "\"customerId\": " + id))), 201);
        assertTrue(dinner.toString(), dinner.at("/lines/0/customerName").asText().contains("鞍山钢材市场"));
        check(withReceipts("sales", dinner));
        ok(decide("manager", round("manager", "expenses.claim", dinner.get("id").asLong()), "APPROVE", null), 200);
        JsonNode perCustomer = get("manager", "/neiqin/api/expenses/spend?from=" + today().withDayOfYear(1) + "&to="
                + today() + "&by=CUSTOMER");
        assertEquals(perCustomer.toString(), String.valueOf(id), perCustomer.at("/0/key").asText());
        assertEquals(perCustomer.toString(), "5400.00", perCustomer.at("/0/amount/amount").asText());
        String card = Http.as("manager").get("/system/console/neiqin-customer?id=" + id + "&lang=zh").body();
        assertTrue(card, card.contains("今年在该客户上的费用") && (card.contains("5,400.00") || card.contains("5400.00")));
        assertTrue(card, card.contains("今年给该客户的促销折让") && card.contains("1,720.00"));
    }

    @Test
    public void thePagesSpeakBothLanguagesTheShellListsAndBadInputChangesNothing() throws Exception {
        LocalDate d = today().minusDays(1);
        ok(Http.as("sales").post(CLAIMS, JSON, claim("页面 快递", null, line(d, "COURIER", "12.00", "55000001", null,
                null))), 201);
        String zh = Http.as("sales").get("/system/console/neiqin-expenses?lang=zh").body();
        assertTrue(zh, zh.contains("费用报销") && zh.contains("新建报销单") && zh.contains("页面 快递") && zh.contains("已提交"));
        String form = Http.as("sales").get("/system/console/neiqin-expenses-claim?lang=en").body();
        assertTrue(form, form.contains("Fapiao number") && form.contains("Submit for the first check"));
        HttpResponse<String> refused = Http.as("sales").submit("/system/console/neiqin-expenses-claim?lang=zh",
                "purpose", "出差", "lines[0].day", d.toString(), "lines[0].category", "FARE", "lines[0].amount", "100",
                "lines[0].fapiaoNo", "55000002", "lines[0].fapiaoAmount", "90");
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body(), refused.body().contains("超过发票金额") && refused.body().contains("请填写城市"));
        for (String page : new String[] {"neiqin-expense-applications", "neiqin-advances", "neiqin-budgets",
            "neiqin-expense-standards", "neiqin-expense-application", "neiqin-advance"}) {
            HttpResponse<String> p = Http.as("sales").get("/system/console/" + page + "?lang=zh");
            assertEquals(page + ": " + p.body(), 200, p.statusCode());
        }
        assertTrue(Http.as("sales").get("/system/console/neiqin-expense-standards?lang=zh").body().contains("差旅费标准"));
        // the rules changed in the file: in force for what comes next, the change in the rules' history
        org.osgi.service.cm.Configuration rules = context.getService(context.getServiceReference(
                org.osgi.service.cm.ConfigurationAdmin.class)).getConfiguration("org.neiqin.expenses", null);
        java.util.Dictionary<String, Object> props = rules.getProperties() == null ? new java.util.Hashtable<>()
                : rules.getProperties();
        props.put("higherFrom", "4000");
        rules.update(props);
        HttpResponse<String> changed = Http.as("sales").await("/system/console/neiqin-expense-standards?lang=en",
                r -> r.body().contains("4,000") && r.body().contains("Next level from"), 30);
        assertTrue(changed.body(), changed.body().contains("5000") && changed.body().contains("4000"));
        assertEquals(403, Http.as("outsider").get("/system/console/neiqin-expenses").statusCode());
        Shell.awaitAcl(shell, "sales", "neiqin-sales", "expenses:claims", 30);
        String listed = Shell.run(shell, "sales", "neiqin-sales", "expenses:claims 页面");
        assertTrue(listed, listed.contains("页面 快递") && listed.contains(" claims"));
        assertEquals(List.of(), StrictInput.problems("sales", CLAIMS, claim("strict", null, line(d, "COURIER", "1.00",
                "55000003", null, null)), null, null, "state=NO_SUCH_STATE"));
        assertEquals(List.of(), StrictInput.refusals("manager", BUDGETS + "?from=yesterday", ADVANCES + "?open=perhaps",
                APPLICATIONS + "?state=NONE", APPLICATIONS + "?colour=red"));
        OpenApiCheck api = OpenApiCheck.of(Http.as("sales").get("/neiqin/api/openapi.json").body());
        assertTrue(api.paths().toString(), api.paths().contains("/expenses/claims/{id}/check")
                && api.paths().contains("/expenses/advances/{id}/settlement"));
        assertEquals(List.of(), api.problems("GET", "/expenses/claims", 200, Http.as("sales").get(CLAIMS).body()));
        assertEquals(List.of(), Conformance.problems(context, "org.neiqin.expenses"));
        // the ledger others read: what was spent, per salesperson, region, category, customer or month
        String year = today().getYear() - 1 + "-01-01";
        String next = today().getYear() + 1 + "-12-31";
        JsonNode bySales = get("manager", "/neiqin/api/expenses/spend?from=" + year + "&to=" + next + "&by=SALESPERSON");
        JsonNode byMonth = get("manager", "/neiqin/api/expenses/spend?from=" + year + "&to=" + next + "&by=MONTH");
        java.math.BigDecimal salesTotal = java.math.BigDecimal.ZERO;
        for (JsonNode s2 : bySales) {
            salesTotal = salesTotal.add(new java.math.BigDecimal(s2.at("/amount/amount").asText()));
        }
        java.math.BigDecimal monthTotal = java.math.BigDecimal.ZERO;
        for (JsonNode s2 : byMonth) {
            monthTotal = monthTotal.add(new java.math.BigDecimal(s2.at("/amount/amount").asText()));
        }
        assertEquals("the same spending however it is added up: " + bySales + " " + byMonth, 0,
                salesTotal.compareTo(monthTotal));
        // the monthly rows agree with the claims and activities themselves: approved and paid claims, verified activities
        java.math.BigDecimal expected = java.math.BigDecimal.ZERO;
        for (String state : new String[] {"APPROVED", "PAID"}) {
            for (JsonNode row : get("manager", CLAIMS + "?state=" + state + "&limit=500").get("rows")) {
                expected = expected.add(new java.math.BigDecimal(row.get("total").asText()));
            }
        }
        for (JsonNode a : get("manager", APPLICATIONS + "?state=VERIFIED")) {
            expected = expected.add(new java.math.BigDecimal(a.at("/verified/amount").asText()));
        }
        assertEquals("the ledger counts every approved claim and verified activity once: " + bySales, 0,
                expected.compareTo(salesTotal));
        // a period that cuts months: its whole months from the monthly rows, its other days from the lines
        JsonNode cut = get("manager", "/neiqin/api/expenses/spend?from=" + today().minusYears(1).plusDays(1) + "&to="
                + today() + "&by=CATEGORY");
        java.math.BigDecimal cutTotal = java.math.BigDecimal.ZERO;
        for (JsonNode s2 : cut) {
            cutTotal = cutTotal.add(new java.math.BigDecimal(s2.at("/amount/amount").asText()));
        }
        assertEquals("every claim of the tests is dated within the last year: " + cut, 0, expected.compareTo(cutTotal));
        assertEquals(List.of(), StrictInput.refusals("manager", "/neiqin/api/expenses/spend?from=x&to=" + next,
                "/neiqin/api/expenses/spend?by=WEEK&from=" + year + "&to=" + next,
                "/neiqin/api/expenses/spend?to=" + year + "&from=" + next));
        String report = Http.as("manager").get("/system/console/neiqin-expense-reports?lang=zh").body();
        assertTrue(report, report.contains("费用统计") && report.contains("按业务员和类别"));
        assertEquals("the statistics are the managers' and the office's", 403, Http.as("sales")
                .get("/system/console/neiqin-expense-reports").statusCode());
        assertFalse(Http.as("sales").get("/system/console/neiqin-advances?lang=en").body().contains("???"));
    }
}
