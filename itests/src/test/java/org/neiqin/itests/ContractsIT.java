package org.neiqin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.neiqin.api.contracts.FulfilmentSource;
import org.neiqin.api.contracts.LineProgress;
import org.neiqin.api.money.Money;
import org.neiqin.testing.Conformance;
import org.neiqin.testing.Http;
import org.neiqin.testing.Json;
import org.neiqin.testing.KarafOptions;
import org.neiqin.testing.Narrowed;
import org.neiqin.testing.OpenApiCheck;
import org.neiqin.testing.Shell;
import org.neiqin.testing.StrictInput;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * {@code feature:install neiqin-contracts} in a bare Karaf (crm and the framework come with it),
 * then quotations, orders and contracts as the sales back office meets them over REST: four eyes,
 * gapless order numbers, the credit check, amendments, the fulfilment schedule fed by a
 * fulfilment source, and bad input.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ContractsIT {
    private static final String DOCS = "/neiqin/api/contracts/documents";
    private static final String CUSTOMERS = "/neiqin/api/crm/customers";
    private static final String REVIEWS = "/neiqin/api/core/reviews/";
    private static final String JSON = "application/json";
    private static final String TODAY = LocalDate.now().toString();

    @Inject
    private BundleContext context;

    @Inject
    private FeaturesService features;

    @Inject
    private SessionFactory shell;

    @Configuration
    public Option[] config() {
        // the legality of sales: products called pharma... need the customer to hold a valid drug-licence
        return org.ops4j.pax.exam.OptionUtils.combine(KarafOptions.with("neiqin-contracts"),
                org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut(
                        "etc/org.neiqin.contracts.cfg", "licenceGates", "drug-licence = pharma.*"));
    }

    private static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        assertTrue(field + " in " + json, m.find());
        return Long.parseLong(m.group(1));
    }

    private static String text(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(null|\"([^\"]*)\")").matcher(json);
        assertTrue(field + " in " + json, m.find());
        return m.group(2);
    }

    private static long customer(String name, String limit, String terms, String route) {
        HttpResponse<String> r = Http.as("manager").post(CUSTOMERS, JSON, "{\"fullName\": \"" + name + "\","
                + " \"lifecycle\": \"EXISTING\", \"nature\": \"GENERAL_COMPANY\", \"paymentTerms\": \"" + terms + "\","
                + " \"creditDays\": 30, \"creditLimit\": " + Json.money(limit) + ", \"infoSource\": \"VISIT\", \"region\": \"LN\","
                + " \"route\": \"" + route + "\", \"salesperson\": \"sales\"}");
        assertEquals(r.body(), 201, r.statusCode());
        return number(r.body(), "id");
    }

    private static String header(long customer, String extra) {
        return "{\"customerId\": " + customer + ", \"documentDate\": \"" + TODAY + "\", \"paymentTerms\": \"CREDIT\""
                + (extra.isEmpty() ? "" : ", " + extra) + "}";
    }

    private static String line(String key, String product, String qty, String price) {
        return "{" + (key == null ? "" : "\"key\": " + key + ", ") + "\"product\": \"" + product
                + "\", \"spec\": \"Q235B\", \"quantity\": " + qty + ", \"unit\": \"t\", \"unitPrice\": " + Json.money(price) + "}";
    }

    private static HttpResponse<String> create(String user, String kind, long customer, String extra, String... lines) {
        return Http.as(user).post(DOCS, JSON, "{\"kind\": \"" + kind + "\", \"document\": " + header(customer, extra)
                + ", \"lines\": [" + String.join(", ", lines) + "]}");
    }

    private static String submit(String user, long id) {
        String doc = Http.as(user).get(DOCS + "/" + id).body();
        HttpResponse<String> r = Http.as(user).post(DOCS + "/" + id + "/submission", JSON,
                "{\"version\": " + number(doc, "version") + "}");
        assertEquals(r.body(), 200, r.statusCode());
        return r.body();
    }

    /** @return the id of the latest review round of this type on the document. */
    private static long round(long id, String type) {
        String trail = Http.as("manager").get(DOCS + "/" + id + "/reviews").body();
        Matcher m = Pattern.compile("\"id\":(\\d+),\"documentType\":\"" + Pattern.quote(type) + "\"").matcher(trail);
        long found = -1;
        while (m.find()) {
            found = Long.parseLong(m.group(1));
        }
        assertTrue(type + " round in " + trail, found > 0);
        return found;
    }

    private static HttpResponse<String> decide(String user, long review, String verdict) {
        return Http.as(user).post(REVIEWS + review + "/decisions", JSON, "{\"verdict\": \"" + verdict
                + "\", \"reason\": \"checked by " + user + "\"}");
    }


    /**
     * Every test starts once the module is whole: its REST resource and every console page answer
     * (a page registers a little after the first one does).
     */
    @Before
    public void moduleIsUp() {
        Http.as("admin").awaitAll(90, DOCS, "/system/console/neiqin-contracts", "/system/console/neiqin-contract?id=0",
                "/system/console/neiqin-contract-edit?kind=ORDER", "/system/console/neiqin-contract-stats");
    }

    @Test
    public void whatTheResourcesDoNotUnderstandIsRefusedAndNothingIsStored() {
        long c = customer("葫芦岛锌业供应站", "300000", "CREDIT", "HLD");
        String valid = "{\"kind\": \"ORDER\", \"document\": " + header(c, "") + ", \"lines\": ["
                + line(null, "锌锭", "2", "23000") + "]}";
        assertEquals(List.of(), StrictInput.problems("assistant", DOCS, valid, null, "kind", "state=SLEEPING",
                "from=yesterday"));
        String contracts = "/neiqin/api/contracts/";
        assertEquals(List.of(), StrictInput.refusals("assistant", contracts + "statistics?colour=red",
                contracts + "statistics?period=DECADE", contracts + "statistics?from=2026-02-30",
                contracts + "receivables?customer=abc"));
    }

    @Test
    public void anOrderPreparedSubmittedSignedAndStockedUpThroughTheConsoleShowsInReceivables() {
        long c = customer("本溪机电设备公司", "800000", "CREDIT", "BX");
        Http assistant = Http.as("assistant");
        String edit = "/system/console/neiqin-contract-edit?kind=ORDER";
        String lookup = assistant.get(edit + "&lookup=customer&q=" + java.net.URLEncoder.encode("本溪机电",
                java.nio.charset.StandardCharsets.UTF_8)).body();
        assertTrue("the customer is found by searching its name: " + lookup, lookup.contains("\"value\":\"" + c + "\"")
                && lookup.contains("本溪机电设备公司"));
        assertEquals("searching customers needs the right to read them", 403,
                Http.as("outsider").get(edit + "&lookup=customer&q=x").statusCode());
        HttpResponse<String> bad = assistant.submit(edit, "action", "create", "customerId", String.valueOf(c),
                "documentDate", TODAY, "lines[0].product", "电机", "lines[0].quantity", "4", "lines[0].unit", "台",
                "lines[0].unitPrice", "-1", "lines[1].product", "", "lines[1].quantity", "two", "lines[1].unit", "");
        assertEquals("a refused grid comes back drawn again", 200, bad.statusCode());
        assertTrue(bad.body(), bad.body().contains("value=\"电机\"") && bad.body().contains("name=\"lines[1].quantity\"")
                && bad.body().contains("value=\"two\""));
        HttpResponse<String> made = assistant.submit(edit, "action", "create",
                "customerId", String.valueOf(c), "documentDate", TODAY, "paymentTerms", "",
                "lines[0].product", "电机", "lines[0].spec", "Y2-160", "lines[0].quantity", "4", "lines[0].unit", "台",
                "lines[0].unitPrice", "5200", "lines[0].weight", "",
                "lines[1].product", "", "lines[1].spec", "", "lines[1].quantity", "", "lines[1].unit", "",
                "lines[1].unitPrice", "", "lines[1].weight", "",
                "lines[2].product", "电缆", "lines[2].spec", "", "lines[2].quantity", "2.5", "lines[2].unit", "km",
                "lines[2].unitPrice", "20000.50", "lines[2].weight", "");
        assertEquals(made.body(), 302, made.statusCode());
        String page = Http.location(made);
        long id = Long.parseLong(page.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        JsonNode draft = Json.parse(assistant.get(DOCS + "/" + id).body());
        assertEquals("the grid's rows became the order's lines (the empty row left out)", "70801.25",
                draft.at("/total/amount").asText());
        assertEquals("payment terms left empty come from the customer", "CREDIT", draft.at("/data/paymentTerms").asText());
        assertEquals("30", draft.at("/data/creditDays").asText());
        String drawn = assistant.get("/system/console/neiqin-contract-edit?id=" + id).body();
        assertTrue("a draft opens with its customer and its lines in the grid: " + drawn,
                drawn.contains("本溪机电设备公司") && drawn.contains("value=\"20000.50\"") && drawn.contains("lines[1].product"));
        HttpResponse<String> sent = assistant.submit(page, "action", "submit", "id", String.valueOf(id), "version",
                draft.get("version").asText());
        assertEquals(sent.body(), 302, sent.statusCode());
        assertEquals(200, decide("manager", round(id, "contracts.order"), "APPROVE").statusCode());
        JsonNode order = Json.parse(assistant.get(DOCS + "/" + id).body());
        assertEquals("EFFECTIVE", order.get("state").asText());

        HttpResponse<String> future = assistant.submit(page, "action", "signed", "id", String.valueOf(id), "version",
                order.get("version").asText(), "signedOn", LocalDate.now().plusDays(3).toString(), "signedCopy", "档案柜 A-3");
        assertEquals("a refused form comes back drawn again", 200, future.statusCode());
        assertTrue(future.body(), future.body().contains("in the future") && future.body().contains("档案柜 A-3"));
        HttpResponse<String> signed = assistant.submit(page, "action", "signed", "id", String.valueOf(id), "version",
                order.get("version").asText(), "signedOn", TODAY, "signedCopy", "档案柜 A-3");
        assertEquals(signed.body(), 302, signed.statusCode());
        order = Json.parse(assistant.get(DOCS + "/" + id).body());
        assertEquals(TODAY, order.get("signedOn").asText());
        assertEquals("档案柜 A-3", order.get("signedCopy").asText());

        HttpResponse<String> asked = assistant.submit(page + "&tab=stock-ups", "action", "stockUp", "id",
                String.valueOf(id), "lineKey", order.at("/lines/0/id").asText(), "quantityNeeded", "4",
                "stockOnHand", "1", "neededBy", LocalDate.now().plusDays(5).toString(), "note", "客户急用");
        assertEquals(asked.body(), 302, asked.statusCode());
        JsonNode requests = Json.parse(assistant.get(DOCS + "/" + id + "/stock-ups").body());
        assertEquals(1, requests.size());
        JsonNode request = requests.get(0);
        assertEquals("REQUESTED", request.get("state").asText());
        HttpResponse<String> answered = Http.as("manager").submit("/system/console/neiqin-contract-stats?tab=stock-ups",
                "action", "answerStockUp", "tab", "stock-ups", "stockUp", request.get("id").asText(), "version",
                request.get("version").asText(), "state", "ACCEPTED", "answer", "周五到货");
        assertEquals(answered.body(), 302, answered.statusCode());
        request = Json.parse(assistant.get(DOCS + "/" + id + "/stock-ups").body()).get(0);
        assertEquals("ACCEPTED", request.get("state").asText());
        assertEquals("周五到货", request.get("answer").asText());
        assertEquals("manager", request.get("handledBy").asText());

        JsonNode receivables = Json.parse(assistant.get("/neiqin/api/contracts/receivables?customer=" + c).body());
        assertEquals(1, receivables.size());
        assertEquals(id, receivables.at("/0/document/id").asLong());
        assertEquals("70801.25", receivables.at("/0/ordered/amount").asText());
        assertTrue("the receivables page lists it",
                assistant.get("/system/console/neiqin-contract-stats?tab=receivables").body()
                        .contains(order.get("number").asText()));
    }

    @Test
    public void planningCommitsShipDatesTheOfficeChasesAndALateLineStandsOutUntilTheCustomerIsTold() {
        long c = customer("铁岭阀门厂", "900000", "CREDIT", "TL");
        String promised = LocalDate.now().plusDays(10).toString();
        HttpResponse<String> made = create("assistant", "ORDER", c, "\"deliveryDate\": \"" + promised + "\"",
                line(null, "闸阀", "40", "1800"), line(null, "球阀", "25", "950"));
        assertEquals(made.body(), 201, made.statusCode());
        long id = number(made.body(), "id");
        submit("assistant", id);
        assertEquals(200, decide("manager", round(id, "contracts.order"), "APPROVE").statusCode());
        JsonNode order = Json.parse(Http.as("assistant").get(DOCS + "/" + id).body());
        String number = order.get("number").asText();
        String gate = order.at("/lines/0/id").asText();
        String ball = order.at("/lines/1/id").asText();
        String page = "/system/console/neiqin-contract?id=" + id;
        String dates = DOCS + "/" + id + "/ship-dates";
        Http planning = Http.as("planning");
        Http assistant = Http.as("assistant");

        // the confirmed order waits for planning, on the board and on the clerk's home page
        JsonNode board = Json.parse(planning.get("/neiqin/api/contracts/ship-dates?show=AWAITING").body());
        assertTrue("both lines wait for planning: " + board, board.get("lines").findValuesAsText("documentNumber")
                .stream().filter(number::equals).count() == 2 && board.get("total").asLong() >= 2);
        assertTrue(planning.get("/system/console/neiqin").body().contains("Order lines waiting for a committed ship date"));
        // the office chases the gate valves
        HttpResponse<String> chased = assistant.submit(page + "&tab=ship-dates", "action", "chaseShipDate", "id",
                String.valueOf(id), "lineKey", gate);
        assertEquals(chased.body(), 302, chased.statusCode());
        JsonNode lines = Json.parse(planning.get(dates).body());
        assertEquals(1, lines.at("/0/chases").asInt());
        assertEquals("assistant", lines.at("/0/chasedBy").asText());
        String awaiting = planning.get("/system/console/neiqin-planning?show=AWAITING").body();
        assertTrue("the clerk sees who chased: " + awaiting, awaiting.contains("chased 1×, last by"));

        // a date in the past, a negative stock: refused, nothing stored
        HttpResponse<String> past = planning.submit(page + "&tab=ship-dates", "action", "commitShipDate", "id",
                String.valueOf(id), "versions", "", "lineKey", gate, "stockOnHand", "-3", "productionOrder", "",
                "committedDate", LocalDate.now().minusDays(1).toString(), "note", "");
        assertEquals("a refused form comes back drawn again", 200, past.statusCode());
        assertTrue(past.body(), past.body().contains("is before today") && past.body().contains("must not be negative"));
        assertTrue(Json.parse(planning.get(dates).body()).at("/0/committedDate").isNull());
        // only planning commits dates
        String commitBody = "{\"data\": {\"stockOnHand\": 12, \"committedDate\": \"" + LocalDate.now().plusDays(5)
                + "\"}}";
        assertEquals(403, assistant.put(dates + "/" + ball, JSON, commitBody).statusCode());
        assertEquals(400, planning.put(dates + "/" + ball, JSON, "{\"data\": {\"stockOnHand\": 12}}").statusCode());
        assertEquals(400, planning.put(dates + "/987654", JSON, commitBody).statusCode());

        // planning commits the gate valves twenty days out, with a production order: ten days late
        String late = LocalDate.now().plusDays(20).toString();
        HttpResponse<String> committed = planning.submit(page + "&tab=ship-dates", "action", "commitShipDate", "id",
                String.valueOf(id), "versions", gate + ":" + lines.at("/0/version").asText(), "lineKey", gate,
                "stockOnHand", "15", "productionOrder", "SC-2026-0077", "committedDate", late, "note", "需排产");
        assertEquals(committed.body(), 302, committed.statusCode());
        HttpResponse<String> ballIn = planning.put(dates + "/" + ball, JSON, commitBody);
        assertEquals(ballIn.body(), 200, ballIn.statusCode());
        assertTrue("the ball valves ship in time: " + ballIn.body(), Json.parse(ballIn.body()).get("daysLate").isNull());
        assertEquals("a date committed meanwhile is not overwritten unseen", 409,
                planning.put(dates + "/" + gate, JSON, commitBody).statusCode());
        lines = Json.parse(assistant.get(dates).body());
        assertEquals(late, lines.at("/0/committedDate").asText());
        assertEquals(10, lines.at("/0/daysLate").asInt());
        assertEquals("SC-2026-0077", lines.at("/0/productionOrder").asText());
        assertEquals("planning", lines.at("/0/committedBy").asText());

        // the late line stands out on the document and the office's home page until the customer is told
        String doc = assistant.get(page).body();
        assertTrue(doc, doc.contains("can ship on " + late + ", 10 days after the delivery date promised to the customer ("
                + promised + "): tell the customer"));
        assertFalse("the ball valves in time raise nothing", doc.contains("Line 2 (球阀"));
        String home = assistant.get("/system/console/neiqin").body();
        assertTrue(home, home.contains("Lines to ship later than promised"));
        assertTrue(assistant.get("/system/console/neiqin-planning?show=LATE").body().contains(number));
        assertTrue("the manager sees the same warning in Chinese", Http.as("manager").get(page + "&lang=zh").body()
                .contains("比向客户承诺的交货日期（" + promised + "）晚 10 天"));
        assertEquals("a line committed is not chased", 409, assistant.post(dates + "/" + gate + "/chase", JSON, "")
                .statusCode());
        assertEquals("nothing to tell of a line in time", 409, assistant.post(dates + "/" + ball + "/customer-told", JSON,
                "{\"version\": 1}").statusCode());
        HttpResponse<String> told = assistant.post(dates + "/" + gate + "/customer-told", JSON, "{\"version\": "
                + lines.at("/0/version").asText() + "}");
        assertEquals(told.body(), 200, told.statusCode());
        assertEquals("assistant", Json.parse(told.body()).get("toldBy").asText());
        assertFalse(assistant.get(page).body().contains("tell the customer."));
        assertFalse(assistant.get("/system/console/neiqin-planning?show=LATE").body().contains(number));
        assertTrue(assistant.get("/system/console/neiqin-planning?show=COMMITTED").body().contains(number));
        assertFalse("answered lines wait no more", planning.get("/neiqin/api/contracts/ship-dates").body()
                .contains("\"documentNumber\":\"" + number + "\""));
        String history = assistant.get(DOCS + "/" + id + "/history").body();
        assertTrue("planning's answers, the chase and the customer told are in the document's history: " + history,
                history.contains("SC-2026-0077") && history.contains("shipDateChases")
                        && history.contains("shipDateToldCustomer"));
        assertEquals(400, assistant.get("/neiqin/api/contracts/ship-dates?show=SOON").statusCode());
    }

    @Test
    public void theRestAnswersAreWhatTheOpenApiDocumentSays() {
        Http assistant = Http.as("assistant");
        OpenApiCheck api = OpenApiCheck.of(assistant.get("/neiqin/api/openapi.json").body());
        assertTrue("every resource is described: " + api.paths(), api.paths().containsAll(List.of(
                "/contracts/documents", "/contracts/documents/{id}", "/contracts/documents/{id}/schedule",
                "/contracts/documents/{id}/stock-ups", "/contracts/statistics", "/contracts/receivables",
                "/crm/customers")));
        List<String> problems = new ArrayList<>();
        long c = customer("鞍山钢材经销部", "500000", "CREDIT", "AS");
        HttpResponse<String> created = create("assistant", "ORDER", c, "", line(null, "螺纹钢", "10", "3900"));
        problems.addAll(api.problems("POST", "/contracts/documents", created.statusCode(), created.body()));
        long id = Json.parse(created.body()).get("id").asLong();
        long key = Json.parse(created.body()).at("/lines/0/id").asLong();
        HttpResponse<String> stockUp = assistant.post(DOCS + "/" + id + "/stock-ups", JSON, "{\"lineKey\": " + key
                + ", \"quantityNeeded\": 10, \"neededBy\": \"" + LocalDate.now().plusDays(7) + "\"}");
        problems.addAll(api.problems("POST", "/contracts/documents/" + id + "/stock-ups", stockUp.statusCode(),
                stockUp.body()));
        for (String path : List.of("/contracts/documents?sort=total&desc=1", "/contracts/documents/" + id,
                "/contracts/documents/" + id + "/schedule", "/contracts/documents/" + id + "/revisions",
                "/contracts/documents/" + id + "/history", "/contracts/documents/" + id + "/reviews",
                "/contracts/documents/" + id + "/stock-ups", "/contracts/stock-ups", "/contracts/receivables",
                "/contracts/statistics?from=" + LocalDate.now().minusDays(31) + "&to=" + TODAY + "&by=CUSTOMER")) {
            HttpResponse<String> r = assistant.get("/neiqin/api" + path);
            assertTrue(path + " " + r.body(), r.statusCode() < 300);
            problems.addAll(api.problems("GET", path, r.statusCode(), r.body()));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    public void theModuleConformsToTheModuleRules() {
        assertEquals("README \"Writing a module\"", List.of(), Conformance.problems(context, "org.neiqin.contracts"));
        List<String> core = Conformance.problems(context, "org.neiqin.core");
        assertTrue("the check finds what a module may not do: core writes Excel with a library outside a module's stack "
                + core, core.stream().anyMatch(p -> p.startsWith("imports org.dhatim.fastexcel")));
        assertTrue("and reads of the server's clock: the company clock itself reads it " + core,
                core.contains("CompanyClockImpl.class calls Instant.now(): dates and times come from the company clock"
                        + " (CompanyClock, Store.today()/now())"));
    }

    @Test
    public void aQuotationBecomesAnOrderConfirmedAfterASecondPersonsReviewWithAGaplessNumber() throws Exception {
        BlockingQueue<Event> confirmed = new LinkedBlockingQueue<>();
        Hashtable<String, Object> topics = new Hashtable<>();
        topics.put(EventConstants.EVENT_TOPIC, "neiqin/contracts/order/CONFIRMED");
        ServiceRegistration<EventHandler> listener = context.registerService(EventHandler.class, confirmed::add, topics);
        Http manager = Http.as("manager");
        long c = customer("沈阳北方机械制造有限公司", "5000000", "MONTHLY_SETTLEMENT", "SY");

        HttpResponse<String> quote = create("manager", "QUOTATION", c, "\"deliveryDate\": \"" + LocalDate.now().plusDays(20)
                + "\"", line(null, "热轧卷板", "12.5", "4280"), line(null, "冷轧板", "3.5", "0.33"));
        assertEquals(quote.body(), 201, quote.statusCode());
        long q = number(quote.body(), "id");
        assertTrue(quote.body(), text(quote.body(), "number").matches("BJ\\d{6}-0001"));
        assertTrue("12.5 × 4280 + 3.5 × 0.33 (1.155 → 1.16): " + quote.body(),
                quote.body().contains("\"total\":{\"amount\":\"53501.16\",\"currency\":\"CNY\"}"));
        assertTrue("region and route come from the customer file: " + quote.body(),
                quote.body().contains("\"region\":\"LN\"") && quote.body().contains("\"city\":\"SY\""));

        assertTrue(submit("manager", q).contains("\"state\":\"IN_REVIEW\""));
        long priceRound = round(q, "contracts.quotation");
        HttpResponse<String> own = decide("manager", priceRound, "APPROVE");
        assertEquals("the preparer never approves: " + own.body(), 403, own.statusCode());
        assertTrue(manager.get(DOCS + "/" + q).body().contains("\"state\":\"IN_REVIEW\""));
        assertEquals(200, decide("manager2", priceRound, "APPROVE").statusCode());
        String approved = manager.get(DOCS + "/" + q).body();
        assertTrue(approved, approved.contains("\"state\":\"APPROVED\""));

        HttpResponse<String> converted = manager.post(DOCS + "/" + q + "/conversion", JSON,
                "{\"version\": " + number(approved, "version") + "}");
        assertEquals(converted.body(), 201, converted.statusCode());
        long order = number(converted.body(), "id");
        assertTrue(converted.body(), converted.body().contains("\"kind\":\"ORDER\"")
                && converted.body().contains("\"state\":\"DRAFT\"") && converted.body().contains("\"number\":null"));
        assertTrue(manager.get(DOCS + "/" + q).body().contains("\"state\":\"CONVERTED\""));

        submit("manager", order);
        assertEquals(200, decide("manager2", round(order, "contracts.order"), "APPROVE").statusCode());
        String effective = manager.get(DOCS + "/" + order).body();
        assertTrue(effective, effective.contains("\"state\":\"EFFECTIVE\""));
        assertEquals("LN-SY-NO.0001", text(effective, "number"));
        Event event = confirmed.poll(30, TimeUnit.SECONDS);
        listener.unregister();
        assertTrue("the confirmation was announced", event != null);
        assertEquals("LN-SY-NO.0001", event.getProperty("number"));
        assertEquals("document ids in events are strings, as in review events", String.valueOf(order), event.getProperty("documentId"));
        assertEquals(c, event.getProperty("customerId"));
        assertEquals("53501.16", event.getProperty("total"));

        // a rejected order goes back to its preparer and takes no number; the next one continues the count
        long rejected = number(create("assistant", "ORDER", c, "", line(null, "镀锌板", "1", "5680")).body(), "id");
        submit("assistant", rejected);
        assertEquals(200, decide("manager", round(rejected, "contracts.order"), "REJECT").statusCode());
        String back = manager.get(DOCS + "/" + rejected).body();
        assertTrue(back, back.contains("\"state\":\"DRAFT\"") && back.contains("\"number\":null"));
        long next = number(create("assistant", "ORDER", c, "", line(null, "镀锌板", "2", "5680")).body(), "id");
        submit("assistant", next);
        decide("manager", round(next, "contracts.order"), "APPROVE");
        assertEquals("LN-SY-NO.0002", text(manager.get(DOCS + "/" + next).body(), "number"));

        String history = manager.get(DOCS + "/" + order + "/history").body();
        assertTrue(history, history.contains("EFFECTIVE") && history.contains("manager2"));
    }

    @Test
    public void aSaleThatNeedsALicenceIsRefusedUntilTheCustomerHoldsAValidOne() {
        long c = customer("Shenyang Pharma Trading Ltd", "1000000", "CREDIT", "SY");
        long id = number(create("assistant", "ORDER", c, "", line(null, "pharma capsules 0.25 g", "2", "100")).body(), "id");
        String licences = "/neiqin/api/crm/licences?customer=" + c;
        HttpResponse<String> expired = Http.as("assistant").post(licences, JSON, "{\"name\": \"drug-licence\","
                + " \"number\": \"D-1\", \"expiresOn\": \"" + LocalDate.now().minusDays(1) + "\", \"verified\": \"YES\"}");
        assertEquals(expired.body(), 200, expired.statusCode());
        String doc = Http.as("assistant").get(DOCS + "/" + id).body();
        HttpResponse<String> refused = Http.as("assistant").post(DOCS + "/" + id + "/submission", JSON,
                "{\"version\": " + number(doc, "version") + "}");
        assertEquals(refused.body(), 409, refused.statusCode());
        assertTrue(refused.body(), refused.body().contains("drug-licence") && refused.body().contains("expired on"));
        assertTrue("nothing changed: " + Http.as("assistant").get(DOCS + "/" + id).body(),
                Http.as("assistant").get(DOCS + "/" + id).body().contains("\"state\":\"DRAFT\""));

        HttpResponse<String> valid = Http.as("assistant").post(licences, JSON, "{\"name\": \"drug-licence\","
                + " \"number\": \"D-2\", \"expiresOn\": \"" + LocalDate.now().plusYears(1) + "\", \"verified\": \"YES\"}");
        assertEquals(valid.body(), 200, valid.statusCode());
        assertTrue(submit("assistant", id).contains("\"state\":\"IN_REVIEW\""));
        assertEquals(200, decide("manager2", round(id, "contracts.order"), "APPROVE").statusCode());
        assertTrue(Http.as("assistant").get(DOCS + "/" + id).body().contains("\"state\":\"EFFECTIVE\""));
    }

    @Test
    public void anOrderOverTheCreditLimitWaitsForAManager() {
        long c = customer("大连港湾贸易有限公司", "100000", "CREDIT", "DL");
        long first = number(create("assistant", "ORDER", c, "", line(null, "镀锌板", "10", "8000")).body(), "id");
        submit("assistant", first);
        decide("manager2", round(first, "contracts.order"), "APPROVE");
        String within = Http.as("assistant").get(DOCS + "/" + first).body();
        assertTrue(within, within.contains("\"state\":\"EFFECTIVE\"") && within.contains("within the limit"));

        long second = number(create("assistant", "ORDER", c, "", line(null, "镀锌板", "3", "8000")).body(), "id");
        submit("assistant", second);
        decide("manager2", round(second, "contracts.order"), "APPROVE");
        String held = Http.as("assistant").get(DOCS + "/" + second).body();
        assertTrue(held, held.contains("\"state\":\"CREDIT_HOLD\"") && held.contains("\"number\":null"));
        assertTrue(held, held.contains("over the limit by 4,000.00 CNY"));

        long credit = round(second, "contracts.credit");
        String round = Http.as("manager").get(REVIEWS + credit).body();
        assertTrue("the credit request is the preparer's: " + round, round.contains("\"preparer\":\"assistant\""));
        assertEquals("an assistant cannot approve credit", 403, decide("assistant2", credit, "APPROVE").statusCode());
        assertEquals(200, decide("manager", credit, "APPROVE").statusCode());
        String confirmed = Http.as("assistant").get(DOCS + "/" + second).body();
        assertTrue(confirmed, confirmed.contains("\"state\":\"EFFECTIVE\"")
                && confirmed.contains("over-limit approved by manager"));
        assertEquals("LN-DL-NO.0002", text(confirmed, "number"));
    }

    @Test
    public void anAmendmentIsReviewedAndBothVersionsAreKeptAndTheScheduleFollowsTheSources() {
        Http assistant = Http.as("assistant");
        long c = customer("抚顺矿业集团物资供应公司", "0", "PREPAYMENT", "FS");
        String delivery = LocalDate.now().plusDays(30).toString();
        long id = number(create("assistant", "SALES_CONTRACT", c, "\"deliveryDate\": \"" + delivery
                + "\", \"placeOfSigning\": \"沈阳\"", line(null, "矿用工字钢", "100", "4650"),
                line(null, "U型钢支架", "500", "365")).body(), "id");
        submit("assistant", id);
        decide("manager", round(id, "contracts.contract"), "APPROVE");
        String effective = assistant.get(DOCS + "/" + id).body();
        assertTrue(effective, text(effective, "number").matches("HT\\d{4}-0001"));
        long key1 = number(effective.substring(effective.indexOf("\"lines\"")), "id");

        String change = "{\"version\": " + number(effective, "version") + ", \"document\": " + header(c,
                "\"deliveryDate\": \"" + delivery + "\", \"placeOfSigning\": \"沈阳\"") + ", \"lines\": ["
                + line(String.valueOf(key1), "矿用工字钢", "120", "4650") + ", " + line(null, "锚杆", "50", "80") + "],"
                + " \"reason\": \"customer adds 20 t and bolts\"}";
        HttpResponse<String> amended = assistant.post(DOCS + "/" + id + "/amendments", JSON, change);
        assertEquals(amended.body(), 200, amended.statusCode());
        JsonNode pending = Json.parse(amended.body());
        assertEquals("the revision in force stays until approved: " + amended.body(), 1, pending.get("revision").asInt());
        assertEquals(amended.body(), 2, pending.get("pendingRevision").asInt());
        assertTrue(amended.body(), amended.body().contains("\"amount\":\"647500.00\""));
        String preview = Http.as("manager").get("/system/console/neiqin-reviews?id=" + round(id, "contracts.amendment")).body();
        assertTrue("the manager decides with the amended lines and their total in front of him, and a way to the contract: "
                + preview, preview.contains("锚杆") && preview.contains("562,000.00 CNY") && preview.contains("Reason")
                && preview.contains("customer adds 20 t") && preview.contains("neiqin-contract?id=" + id)
                && !preview.contains("field."));
        assertEquals(200, decide("manager", round(id, "contracts.amendment"), "APPROVE").statusCode());
        String now = assistant.get(DOCS + "/" + id).body();
        JsonNode inForce = Json.parse(now);
        assertEquals(now, 2, inForce.get("revision").asInt());
        assertTrue(now, inForce.get("pendingRevision").isNull());
        assertEquals(now, "562000.00", inForce.at("/total/amount").asText());
        String versions = assistant.get(DOCS + "/" + id + "/revisions").body();
        JsonNode revs = Json.parse(versions);
        assertEquals(versions, 2, revs.size());
        assertEquals(versions, List.of("1 SUPERSEDED", "2 IN_FORCE"), List.of(
                revs.get(0).get("revision").asInt() + " " + revs.get(0).get("state").asText(),
                revs.get(1).get("revision").asInt() + " " + revs.get(1).get("state").asText()));
        assertTrue(versions, versions.contains("U型钢支架") && versions.contains("customer adds 20 t"));
        assertEquals("the changed line keeps its key", key1, number(now.substring(now.indexOf("\"lines\"")), "id"));

        String before = assistant.get(DOCS + "/" + id + "/schedule").body();
        assertTrue(before, before.contains("\"status\":\"OPEN\"") && before.contains("\"sources\":[]"));
        ServiceRegistration<FulfilmentSource> logistics = context.registerService(FulfilmentSource.class,
                new FulfilmentSource() {
                    @Override
                    public String name() {
                        return "test-logistics";
                    }

                    @Override
                    public List<LineProgress> progress(Collection<Long> documentIds) {
                        List<LineProgress> out = new ArrayList<>();
                        if (documentIds.contains(id)) {
                            out.add(new LineProgress(id, key1, new BigDecimal("70"), Money.of("232500", "CNY"),
                                    Money.of("200000", "CNY"), LocalDate.now()));
                        }
                        return out;
                    }

                    @Override
                    public java.util.Map<Long, BigDecimal> deliveredValues(long fromDocument, long toDocument) {
                        // the same 70 t at the price in force, as a source sums it for the statistics
                        return id >= fromDocument && id <= toDocument ? java.util.Map.of(id, new BigDecimal("325500"))
                                : java.util.Map.of();
                    }
                }, null);
        try {
            String s = assistant.get(DOCS + "/" + id + "/schedule").body();
            assertTrue(s, s.contains("\"status\":\"PARTLY_FULFILLED\"") && s.contains("\"sources\":[\"test-logistics\"]"));
            assertTrue("70 of 120 t delivered, 50 to go: " + s, Pattern.compile("\"delivered\":70(\\.0+)?,\"toDeliver\":50(\\.0+)?,").matcher(s).find());
            assertTrue("325500 delivered value, 32500 receivable: " + s,
                    s.contains("\"delivered\":{\"amount\":\"325500.00\"") && s.contains("\"receivable\":{\"amount\":\"32500.00\""));
            String stats = assistant.get("/neiqin/api/contracts/statistics?from=" + TODAY + "&to=" + TODAY
                    + "&by=CUSTOMER&kind=SALES_CONTRACT").body();
            assertTrue("the statistics count the contract once, at its value in force and what was delivered: " + stats,
                    stats.contains("\"group\":\"抚顺矿业集团物资供应公司\",\"count\":1,\"value\":{\"amount\":\"562000.00\","
                            + "\"currency\":\"CNY\"},\"delivered\":{\"amount\":\"325500.00\",\"currency\":\"CNY\"},"
                            + "\"rate\":57.92"));
        } finally {
            logistics.unregister();
        }
    }

    /**
     * With the catalogue installed while contracts runs, a line names a product and takes its code, name,
     * specification and unit as they are that day; a discontinued or unknown product is refused on a new line; the
     * console's grid chooses products by searching. With the catalogue uninstalled, documents stay readable as they
     * were, a kept line keeps its product, and choosing one is refused.
     */
    @Test
    public void linesNameTheCataloguesProductsWhileItIsInstalledAndKeepThemWhenItGoes() throws Exception {
        Http assistant = Http.as("assistant");
        long c = customer("本溪钢材经销部", "0", "PREPAYMENT", "BX");
        String extra = "\"placeOfSigning\": \"本溪\"";
        HttpResponse<String> noCatalogue = create("assistant", "SALES_CONTRACT", c, extra, "{\"productId\": 1, "
                + "\"quantity\": 2, \"unitPrice\": " + Json.money("3980") + "}");
        assertEquals(noCatalogue.body(), 400, noCatalogue.statusCode());
        assertTrue(noCatalogue.body(), noCatalogue.body().contains("\"field\":\"lines[0].productId\"")
                && noCatalogue.body().contains("not installed"));
        assertFalse("without the catalogue the grid offers no product to choose",
                assistant.get("/system/console/neiqin-contract-edit?kind=SALES_CONTRACT").body().contains("data-lookup=\"product\""));

        features.installFeature("neiqin-catalog");
        try {
            Http.as("admin").awaitAll(90, "/neiqin/api/catalog/products");
            String products = "/neiqin/api/catalog/products";
            long rebar = number(Http.as("manager").post(products, JSON, "{\"code\": \"LWG-20\", \"name\": \"螺纹钢\", "
                    + "\"spec\": \"HRB400E Φ20\", \"unit\": \"t\", \"costPrice\": " + Json.money("3700") + "}").body(), "id");
            long old = number(Http.as("manager").post(products, JSON, "{\"code\": \"OLD-1\", \"name\": \"旧型钢\", "
                    + "\"unit\": \"t\"}").body(), "id");
            int oldVersion = (int) number(Http.as("manager").get(products + "/" + old).body(), "version");
            assertEquals(200, Http.as("manager").post(products + "/" + old + "/discontinuation", JSON, "{\"version\": "
                    + oldVersion + ", \"reason\": \"停产\"}").statusCode());

            int before = Json.parse(assistant.get(DOCS + "?limit=1").body()).get("total").asInt();
            HttpResponse<String> refused = create("assistant", "SALES_CONTRACT", c, extra,
                    "{\"productId\": " + old + ", \"quantity\": 2, \"unitPrice\": " + Json.money("3980") + "}",
                    "{\"productId\": 999999, \"quantity\": 1, \"unitPrice\": " + Json.money("10") + "}",
                    "{\"quantity\": 1, \"unitPrice\": " + Json.money("10") + "}");
            assertEquals(refused.body(), 400, refused.statusCode());
            assertTrue("every line's problem at once: " + refused.body(), refused.body().contains("discontinued")
                    && refused.body().contains("\"field\":\"lines[1].productId\"")
                    && refused.body().contains("\"field\":\"lines[2].product\"")
                    && refused.body().contains("\"field\":\"lines[2].unit\""));
            assertEquals("nothing stored", before, Json.parse(assistant.get(DOCS + "?limit=1").body()).get("total").asInt());

            // the default price list, in force today: the rebar at 3980
            long std = number(assistant.post("/neiqin/api/catalog/price-lists", JSON, "{\"code\": \"STD\", "
                    + "\"name\": \"标准价\"}").body(), "id");
            JsonNode draft = Json.parse(assistant.post("/neiqin/api/catalog/price-lists/" + std + "/versions", JSON, "").body());
            String version = "/neiqin/api/catalog/price-versions/" + draft.get("id").asLong();
            JsonNode priced = Json.parse(assistant.put(version, JSON, "{\"version\": " + draft.get("version").asInt()
                    + ", \"effectiveFrom\": \"" + TODAY + "\", \"entries\": [{\"productId\": " + rebar + ", \"price\": "
                    + Json.money("3980") + "}]}").body());
            assertEquals(200, assistant.post(version + "/submission", JSON, "{\"version\": " + priced.get("version").asInt()
                    + "}").statusCode());
            JsonNode inbox = Json.parse(Http.as("manager").get(REVIEWS).body());
            long priceRound = -1;
            for (JsonNode r : inbox) {
                if ("catalog.priceVersion".equals(r.get("documentType").asText())) {
                    priceRound = r.get("id").asLong();
                }
            }
            assertEquals(200, decide("manager", priceRound, "APPROVE").statusCode());

            HttpResponse<String> made = create("assistant", "SALES_CONTRACT", c, extra,
                    "{\"productId\": " + rebar + ", \"product\": \"typed over\", \"quantity\": 2}",
                    line(null, "加工费", "2", "120"),
                    "{\"productId\": " + rebar + ", \"quantity\": 1, \"unitPrice\": " + Json.money("3900") + "}");
            assertEquals(made.body(), 201, made.statusCode());
            JsonNode doc = Json.parse(made.body());
            long id = doc.get("id").asLong();
            JsonNode first = doc.at("/lines/0");
            assertEquals(made.body(), List.of("LWG-20", "螺纹钢", "HRB400E Φ20", "t", String.valueOf(rebar)), List.of(
                    first.get("productCode").asText(), first.get("product").asText(), first.get("spec").asText(),
                    first.get("unit").asText(), first.get("productId").asText()));
            assertEquals("a price left empty is the list's: " + made.body(), List.of("3980.00", "3980.00"), List.of(
                    first.at("/unitPrice/amount").asText(), first.at("/listPrice/amount").asText()));
            assertTrue("a free-text line names no product: " + made.body(), doc.at("/lines/1/productId").isNull()
                    && doc.at("/lines/1/listPrice").isNull());
            assertEquals("a line under the list keeps the list price beside its own", "3980.00",
                    doc.at("/lines/2/listPrice/amount").asText());

            String edit = assistant.get("/system/console/neiqin-contract-edit?id=" + id).body();
            assertTrue("the grid chooses products by searching and shows the chosen one: " + edit,
                    edit.contains("data-lookup=\"product\"") && edit.contains("LWG-20 螺纹钢 HRB400E Φ20 (t)"));
            String found = assistant.get("/system/console/neiqin-contract-edit?lookup=product&q=LWG").body();
            assertTrue("a choice fills the row's name, specification and unit: " + found,
                    found.contains("\"details\"") && found.contains("\"spec\":\"HRB400E Φ20\""));
            assertTrue("the document shows each line's product code",
                    assistant.get("/system/console/neiqin-contract?id=" + id + "&lang=zh").body().contains("LWG-20"));

            // a product of the catalogue names the licence its buyer must hold: refused at submission without it
            long drug = number(Http.as("manager").post(products, JSON, "{\"code\": \"YP-1\", \"name\": \"阿莫西林\", "
                    + "\"unit\": \"盒\", \"licences\": \"药品经营许可证\"}").body(), "id");
            long unlicensed = number(create("assistant", "SALES_CONTRACT", c, extra, "{\"productId\": " + drug
                    + ", \"quantity\": 10, \"unitPrice\": " + Json.money("12.5") + "}").body(), "id");
            HttpResponse<String> illegal = Http.as("assistant").post(DOCS + "/" + unlicensed + "/submission", JSON,
                    "{\"version\": " + number(assistant.get(DOCS + "/" + unlicensed).body(), "version") + "}");
            assertEquals(illegal.body(), 409, illegal.statusCode());
            assertTrue(illegal.body(), illegal.body().contains("药品经营许可证") && illegal.body().contains("阿莫西林"));
            // no price list prices it for this customer: the draft points to a unit-price request, its form filled
            String unpriced = assistant.get("/system/console/neiqin-contract?lang=en&id=" + unlicensed).body();
            assertTrue("a line without a list price points to a unit-price request: " + unpriced,
                    unpriced.contains("Request a unit price for line 1 (阿莫西林)")
                            && unpriced.contains("neiqin-price-requests?customerId=" + c));
            assertFalse("a line with a list price needs none", assistant.get("/system/console/neiqin-contract?lang=en&id=" + id)
                    .body().contains("Request a unit price"));
            String request = assistant.get("/system/console/neiqin-price-requests?customerId=" + c + "&productId=" + drug
                    + "&quantity=10").body();
            assertTrue(request, request.contains("name=\"productId\" value=\"" + drug + "\""));

            submit("assistant", id);
            String preview = Http.as("manager").get("/system/console/neiqin-reviews?id=" + round(id, "contracts.contract")
                    + "&lang=en").body();
            assertTrue("the reviewer sees the line under the list and by how much: " + preview,
                    preview.contains("List price") && preview.contains("2.0 % under"));
            decide("manager", round(id, "contracts.contract"), "APPROVE");
            // the price level realised: 2 × 3980 and 1 × 3900 against 3 × 3980 at list
            JsonNode level = Json.parse(Http.as("manager").get("/neiqin/api/contracts/price-level?by=PRODUCT&period=YEAR")
                    .body());
            JsonNode rebarLevel = null;
            for (JsonNode row : level) {
                if (row.get("group").asText().equals("LWG-20 螺纹钢")) {
                    rebarLevel = row;
                }
            }
            assertTrue(level.toString(), rebarLevel != null);
            assertEquals(level.toString(), List.of("2", "11860.00", "11940.00", "99.33"), List.of(rebarLevel.get("lines")
                    .asText(), rebarLevel.at("/sold/amount").asText(), rebarLevel.at("/listed/amount").asText(),
                    rebarLevel.get("level").asText()));
            String levelPage = Http.as("manager").get("/system/console/neiqin-contract-stats?tab=price-level&by=PRODUCT"
                    + "&lang=zh").body();
            assertTrue(levelPage, levelPage.contains("价格执行率") && levelPage.contains("99.33 %"));
            // the margin, for those who may see costs: 11 860 sold, 3 × 3 700 cost
            JsonNode margins = Json.parse(Http.as("manager").get("/neiqin/api/contracts/margins?by=PRODUCT").body());
            JsonNode rebarMargin = null;
            for (JsonNode row : margins) {
                rebarMargin = row.get("group").asText().equals("LWG-20 螺纹钢") ? row : rebarMargin;
            }
            assertTrue(margins.toString(), rebarMargin != null);
            assertEquals(margins.toString(), List.of("2", "11860.00", "11100.00", "760.00", "6.41"), List.of(
                    rebarMargin.get("lines").asText(), rebarMargin.at("/sold/amount").asText(),
                    rebarMargin.at("/cost/amount").asText(), rebarMargin.at("/margin/amount").asText(),
                    rebarMargin.get("rate").asText()));
            assertEquals("the office does not see what goods cost", 403,
                    assistant.get("/neiqin/api/contracts/margins").statusCode());
            assertFalse(assistant.get("/system/console/neiqin-contract-stats").body().contains("tab=margins"));
            String marginPage = Http.as("finance").get("/system/console/neiqin-contract-stats?tab=margins&by=SALESPERSON")
                    .body();
            assertTrue(marginPage, marginPage.contains("Margin %") && marginPage.contains("tab=margins"));
            JsonNode effective = Json.parse(assistant.get(DOCS + "/" + id).body());
            long key = effective.at("/lines/0/id").asLong();
            // discontinued since: the line in force keeps it, a new line may not take it
            int rebarVersion = (int) number(Http.as("manager").get(products + "/" + rebar).body(), "version");
            assertEquals(200, Http.as("manager").post(products + "/" + rebar + "/discontinuation", JSON, "{\"version\": "
                    + rebarVersion + ", \"reason\": \"换型\"}").statusCode());
            String keep = "{\"version\": " + effective.get("version").asInt() + ", \"document\": " + header(c, extra)
                    + ", \"lines\": [{\"key\": " + key + ", \"productId\": " + rebar + ", \"quantity\": 3, \"unitPrice\": "
                    + Json.money("3980") + "}], \"reason\": \"one tonne more\"}";
            HttpResponse<String> amended = assistant.post(DOCS + "/" + id + "/amendments", JSON, keep);
            assertEquals(amended.body(), 200, amended.statusCode());
            assertEquals(200, decide("manager", round(id, "contracts.amendment"), "APPROVE").statusCode());
        } finally {
            features.uninstallFeature("neiqin-catalog");
        }

        // the catalogue gone: what was written stays, a kept line keeps its product, none can be chosen
        assertEquals(404, assistant.get("/neiqin/api/catalog/products").statusCode());
        assertEquals("no margins without the catalogue's costs", 409,
                Http.as("manager").get("/neiqin/api/contracts/margins").statusCode());
        assertFalse(Http.as("manager").get("/system/console/neiqin-contract-stats").body().contains("tab=margins"));
        HttpResponse<String> list = assistant.get(DOCS + "?customer=" + c + "&kind=SALES_CONTRACT&state=EFFECTIVE");
        long id = number(list.body(), "id");
        JsonNode doc = Json.parse(assistant.get(DOCS + "/" + id).body());
        assertEquals(doc.toString(), "LWG-20", doc.at("/lines/0/productCode").asText());
        assertEquals(doc.toString(), "3", doc.at("/lines/0/quantity").decimalValue().stripTrailingZeros().toPlainString());
        long rebar = doc.at("/lines/0/productId").asLong();
        String edit = assistant.get("/system/console/neiqin-contract-edit?id=" + id + "&amend=1").body();
        assertTrue("the amendment form keeps the line's product out of sight: " + edit, !edit.contains("data-lookup=\"product\"")
                && edit.contains("name=\"lines[0].productId\" value=\"" + rebar + "\""));
        String keep = "{\"version\": " + doc.get("version").asInt() + ", \"document\": " + header(c, extra)
                + ", \"lines\": [{\"key\": " + doc.at("/lines/0/id").asLong() + ", \"productId\": " + rebar
                + ", \"product\": \"螺纹钢\", \"spec\": \"HRB400E Φ20\", \"unit\": \"t\", \"quantity\": 4, \"unitPrice\": "
                + Json.money("3980") + "}], \"reason\": \"another tonne\"}";
        HttpResponse<String> amended = assistant.post(DOCS + "/" + id + "/amendments", JSON, keep);
        assertEquals(amended.body(), 200, amended.statusCode());
        HttpResponse<String> chosen = create("assistant", "SALES_CONTRACT", c, extra, "{\"productId\": " + rebar
                + ", \"quantity\": 1, \"unitPrice\": " + Json.money("10") + "}");
        assertEquals(chosen.body(), 400, chosen.statusCode());
        assertTrue(chosen.body(), chosen.body().contains("not installed"));
    }

    /**
     * Record scopes: the company narrows salespeople to their own records ({@code scope.neiqin-sales = own} in
     * {@code etc/org.neiqin.security.cfg}). A salesperson then sees and changes only their customers and documents —
     * in the lists, the counts, the reports, the console's export and the shell — and another's is not found by its
     * id; a document they would not see once written is refused. Everyone else still sees everything.
     */
    @Test
    public void aSalespersonNarrowedToTheirOwnRecordsSeesAndChangesOnlyThose() throws Exception {
        long mine = customer("范围自己的客户", "100000", "CREDIT", "SY");
        HttpResponse<String> other = Http.as("manager").post(CUSTOMERS, JSON, "{\"fullName\": \"范围别人的客户\","
                + " \"lifecycle\": \"EXISTING\", \"nature\": \"GENERAL_COMPANY\", \"paymentTerms\": \"CREDIT\","
                + " \"creditDays\": 30, \"creditLimit\": " + Json.money("100000") + ", \"infoSource\": \"VISIT\","
                + " \"region\": \"JL\", \"route\": \"CC\", \"salesperson\": \"张三\"}");
        assertEquals(other.body(), 201, other.statusCode());
        long theirs = number(other.body(), "id");
        String steel = line(null, "热轧卷板", "10", "4000");
        long myDoc = number(create("manager", "QUOTATION", mine, "", steel).body(), "id");
        long theirDoc = number(create("manager", "QUOTATION", theirs, "", steel).body(), "id");
        Http sales = Http.as("sales");
        assertTrue("before: every record", sales.get(CUSTOMERS + "?q=范围").body().contains("范围别人的客户"));

        try (Narrowed narrowed = Narrowed.role(context, "neiqin-sales", "own")) {
            sales.await(CUSTOMERS + "?q=范围", r -> !r.body().contains("范围别人的客户"), 30);
            String listed = sales.get(CUSTOMERS + "?q=范围").body();
            assertTrue(listed, listed.contains("范围自己的客户") && listed.contains("\"total\":1"));
            assertEquals("another's card is not found", 404, sales.get(CUSTOMERS + "/" + theirs).statusCode());
            assertEquals(200, sales.get(CUSTOMERS + "/" + mine).statusCode());
            assertEquals("nor its history", 404, sales.get(CUSTOMERS + "/" + theirs + "/history").statusCode());
            String regions = sales.get(CUSTOMERS + "/report/region").body();
            assertFalse("the report counts only theirs: " + regions, regions.contains("JL"));
            String exported = sales.get("/system/console/neiqin-customers?export=customers&q=范围").body();
            assertTrue(exported, exported.contains("范围自己的客户") && !exported.contains("范围别人的客户"));
            String shellList = Shell.run(shell, "sales", "neiqin-sales", "crm:list 范围");
            assertTrue(shellList, shellList.contains("范围自己的客户") && !shellList.contains("范围别人的客户"));

            assertEquals("another's document is not found", 404, sales.get(DOCS + "/" + theirDoc).statusCode());
            assertEquals(200, sales.get(DOCS + "/" + myDoc).statusCode());
            String docs = sales.get(DOCS + "?limit=500").body();
            assertTrue(docs, docs.contains("\"id\":" + myDoc + ",") && !docs.contains("\"id\":" + theirDoc + ","));
            // a quotation for another's customer takes that customer's salesperson: one they would not see
            int total = Json.parse(Http.as("manager").get(DOCS + "?limit=1").body()).get("total").asInt();
            HttpResponse<String> refused = create("sales", "QUOTATION", theirs, "", steel);
            assertEquals(refused.body(), 400, refused.statusCode());
            assertTrue(refused.body(), refused.body().contains("\"field\":\"salesperson\"")
                    && refused.body().contains("\"rule\":\"scope\""));
            assertEquals("nothing stored", total, Json.parse(Http.as("manager").get(DOCS + "?limit=1").body()).get("total")
                    .asInt());
            HttpResponse<String> own = create("sales", "QUOTATION", mine, "", steel);
            assertEquals(own.body(), 201, own.statusCode());
            // the manager is not narrowed
            assertEquals(200, Http.as("manager").get(CUSTOMERS + "/" + theirs).statusCode());
            assertTrue(Http.as("manager").get(CUSTOMERS + "?q=范围").body().contains("范围别人的客户"));
        }
        sales.await(CUSTOMERS + "?q=范围", r -> r.body().contains("范围别人的客户"), 30);
    }

    @Test
    public void badInputIsRefusedAndStoresNothing() {
        Http assistant = Http.as("assistant");
        long c = customer("Harbour Light Trading Ltd.", "250000", "CREDIT", "KL");
        long before = number(assistant.get(DOCS + "?limit=1").body(), "total");

        HttpResponse<String> zero = create("assistant", "ORDER", c, "", line(null, "Steel", "0", "10"),
                line(null, "Steel", "1", "-5"));
        assertEquals(zero.body(), 400, zero.statusCode());
        assertTrue(zero.body(), zero.body().contains("lines[0].quantity") && zero.body().contains("lines[1].unitPrice"));
        HttpResponse<String> unknown = create("assistant", "ORDER", 987654, "", line(null, "Steel", "1", "10"));
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body(), unknown.body().contains("no customer with id 987654"));
        HttpResponse<String> dates = create("assistant", "ORDER", c, "\"deliveryDate\": \"" + LocalDate.now().minusDays(1)
                + "\"", line(null, "Steel", "1", "10"));
        assertEquals(400, dates.statusCode());
        assertTrue(dates.body(), dates.body().contains("deliveryDate"));
        assertEquals(400, create("assistant", "INVOICE", c, "", line(null, "Steel", "1", "10")).statusCode());
        assertEquals(400, create("assistant", "ORDER", c, "").statusCode());
        assertEquals("an outsider has no contracts rights", 403,
                create("outsider", "ORDER", c, "", line(null, "Steel", "1", "10")).statusCode());

        String body = "{\"kind\": \"ORDER\", \"document\": " + header(c, "") + ", \"lines\": ["
                + line(null, "Steel", "1", "10") + "]}";
        HttpResponse<String> first = assistant.post(DOCS, JSON, body, "Idempotency-Key", "order-retry-1");
        HttpResponse<String> retry = assistant.post(DOCS, JSON, body, "Idempotency-Key", "order-retry-1");
        assertEquals(first.body(), 201, first.statusCode());
        assertEquals(number(first.body(), "id"), number(retry.body(), "id"));
        assertEquals("only the idempotent create was stored", before + 1,
                number(assistant.get(DOCS + "?limit=1").body(), "total"));

        long id = number(first.body(), "id");
        submit("assistant", id);
        decide("manager", round(id, "contracts.order"), "APPROVE");
        String doc = assistant.get(DOCS + "/" + id).body();
        String badKey = "{\"version\": " + number(doc, "version") + ", \"document\": " + header(c, "") + ", \"lines\": ["
                + line("999999", "Steel", "2", "10") + "], \"reason\": \"more\"}";
        HttpResponse<String> amend = assistant.post(DOCS + "/" + id + "/amendments", JSON, badKey);
        assertEquals(amend.body(), 400, amend.statusCode());
        assertTrue(amend.body(), amend.body().contains("has no line 999999"));
        assertEquals("sales may not close", 403, Http.as("sales").post(DOCS + "/" + id + "/closure", JSON,
                "{\"version\": " + number(doc, "version") + ", \"reason\": \"done\"}").statusCode());
        HttpResponse<String> closed = Http.as("manager").post(DOCS + "/" + id + "/closure", JSON,
                "{\"version\": " + number(doc, "version") + ", \"reason\": \"delivered and paid\"}");
        assertEquals(closed.body(), 200, closed.statusCode());
        String onClosed = "{\"version\": " + number(closed.body(), "version") + ", \"document\": " + header(c, "")
                + ", \"lines\": [" + line(null, "Steel", "2", "10") + "], \"reason\": \"more\"}";
        HttpResponse<String> late = assistant.post(DOCS + "/" + id + "/amendments", JSON, onClosed);
        assertEquals(late.body(), 409, late.statusCode());
        assertTrue(late.body(), late.body().contains("closed"));
        String revisions = assistant.get(DOCS + "/" + id + "/revisions").body();
        assertEquals("no amendment was stored: " + revisions, 1, Json.parse(revisions).size());
    }

    @Test
    public void theFeatureBringsCrmAndItsPagesCommandsAndModule() throws Exception {
        assertTrue(features.isInstalled(features.getFeature("neiqin-crm")));
        assertTrue(features.isInstalled(features.getFeature("neiqin-contracts")));
        Http assistant = Http.as("assistant");
        assertEquals(200, assistant.get("/system/console/neiqin-contract-stats").statusCode());
        assertEquals(403, Http.as("outsider").get("/system/console/neiqin-contracts").statusCode());
        assertEquals("an auditor reads but does not prepare", 403,
                Http.as("auditor").get("/system/console/neiqin-contract-edit?kind=ORDER").statusCode());
        assertTrue("those who prepare documents are offered to",
                assistant.get("/system/console/neiqin-contracts").body().contains("neiqin-contract-edit?kind=ORDER"));
        assertFalse("finance reads the ledger and is not offered what it may not do",
                Http.as("finance").get("/system/console/neiqin-contracts").body().contains("neiqin-contract-edit"));
        String page = assistant.get("/system/console/neiqin-contract-edit?kind=ORDER").body();
        assertTrue(page, page.contains("name=\"lines[0].product\"") && page.contains("_csrf")
                && page.contains("data-lookup=\"customer\""));
        // the ACLs of the features take effect shortly after they are installed
        Shell.awaitAcl(shell, "sales", "neiqin-sales", "neiqin:modules", 30);
        Shell.awaitAcl(shell, "sales", "neiqin-sales", "contracts:list", 30);
        String modules = Shell.run(shell, "sales", "neiqin-sales", "neiqin:modules");
        assertTrue(modules, modules.contains("contracts"));
        String list = Shell.run(shell, "sales", "neiqin-sales", "contracts:list");
        long total = Json.parse(Http.as("sales").get(DOCS).body()).get("total").asLong();
        assertTrue("the shell lists what REST lists: " + total + "\n" + list, list.contains("Number")
                && list.contains("\n" + Math.min(total, 50) + " of " + total + " documents"));
    }

    /** The labels of the pages the console's menu offers on {@code page}. */
    private static List<String> menu(String page) {
        int start = page.indexOf("<ul id=\"navmenu\"");
        assertTrue("the page has a menu: " + page, start >= 0);
        String nav = page.substring(start, page.indexOf("<li class=\"logoutButton", start));
        List<String> labels = new ArrayList<>();
        Matcher m = Pattern.compile("href=\"/system/console/([A-Za-z0-9._-]+)\"").matcher(nav);
        while (m.find()) {
            labels.add(m.group(1));
        }
        return labels;
    }

    @Test
    public void eachRoleSeesExactlyThePagesItMayOpenWithTheConsolesStylesAndNoneOfKarafs() {
        List<String> all = List.of("neiqin", "neiqin-reviews", "neiqin-customers", "neiqin-customer-followup",
                "neiqin-customer-report", "neiqin-customer-import", "neiqin-contracts", "neiqin-planning",
                "neiqin-contract-stats");
        java.util.Map<String, List<String>> expected = new java.util.LinkedHashMap<>();
        expected.put("assistant", all);
        expected.put("manager", all);
        List<String> noImport = new ArrayList<>(all);
        noImport.remove("neiqin-customer-import");
        expected.put("sales", noImport);
        expected.put("finance", noImport);
        List<String> auditor = new ArrayList<>(noImport);
        auditor.remove("neiqin-reviews");
        auditor.add("neiqin-audit");
        expected.put("auditor", auditor);
        // the planning clerk reads orders and contracts and commits their ship dates; customers' files are not hers
        expected.put("planning", List.of("neiqin", "neiqin-contracts", "neiqin-planning", "neiqin-contract-stats"));
        for (java.util.Map.Entry<String, List<String>> e : expected.entrySet()) {
            Http user = Http.as(e.getKey());
            HttpResponse<String> home = user.get("/system/console/neiqin");
            assertEquals(e.getKey(), 200, home.statusCode());
            assertEquals(e.getKey() + "'s menu, in the pages' order", e.getValue(), menu(home.body()));
            // what the console's header loads (style sheets, scripts, logo) is served to every Neiqin role
            Matcher res = Pattern.compile("(?:href|src)=[\"'](/system/console/res/[^\"']+)[\"']").matcher(home.body());
            int resources = 0;
            while (res.find()) {
                resources++;
                assertEquals(e.getKey() + " " + res.group(1), 200, user.get(res.group(1)).statusCode());
            }
            assertTrue("the header loads the console's style sheet: " + home.body(), resources >= 2);
            // and nothing else of Karaf's opens up with them
            for (String karaf : List.of("bundles", "configMgr", "gogo", "features", "res/../bundles")) {
                assertEquals(e.getKey() + " " + karaf, 403, user.get("/system/console/" + karaf).statusCode());
            }
        }
        List<String> admin = menu(Http.as("admin").get("/system/console/neiqin").body());
        assertTrue("an administrator sees every Neiqin page and Karaf's own: " + admin,
                admin.containsAll(all) && admin.contains("neiqin-audit") && admin.contains("neiqin-modules")
                        && admin.contains("bundles") && admin.contains("configMgr"));
        assertEquals("detail pages need a record and are reached through links", List.of(),
                admin.stream().filter(l -> List.of("neiqin-customer", "neiqin-contract", "neiqin-contract-edit").contains(l))
                        .collect(java.util.stream.Collectors.toList()));
        assertEquals(403, Http.as("manager").get("/system/console/neiqin-modules").statusCode());
        String zh = Http.as("admin").get("/system/console/neiqin-modules?lang=zh").body();
        assertTrue("the modules page describes each module in the reader's language: " + zh,
                zh.contains("报价、销售订单、合同台账") && zh.contains("客户卡片") && zh.contains("编号、双人复核"));
        assertTrue(Http.as("admin").get("/system/console/neiqin-modules?lang=en").body()
                .contains("Quotations, sales orders, the contract ledger"));
    }

    @Test
    public void chinesePagesShowChineseTitlesMenuAndServiceErrors() {
        Http assistant = Http.as("assistant");
        String page = assistant.get("/system/console/neiqin-contract?id=987654&lang=zh").body();
        assertTrue(page, page.contains("<title>") && page.substring(page.indexOf("<title>"), page.indexOf("</title>"))
                .contains("合同/订单"));
        String nav = page.substring(page.indexOf("<ul id=\"navmenu\""), page.indexOf("<li class=\"logoutButton"));
        assertTrue(nav, nav.contains("客户档案") && nav.contains("合同与订单") && nav.contains("我的复核"));
        assertFalse(nav, nav.contains("Customers") || nav.contains("Contracts and orders"));
        assertTrue("a service's refusal is told in Chinese: " + page, page.contains("987654")
                && !page.contains("not found") && page.matches("(?s).*neiqin-notice[^>]*>[^<]*[\\u4e00-\\u9fff][^<]*987654.*"));
    }
}
