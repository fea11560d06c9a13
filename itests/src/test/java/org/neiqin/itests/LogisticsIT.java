package org.neiqin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.neiqin.api.time.CompanyClock;
import org.neiqin.testing.Conformance;
import org.neiqin.testing.TestClock;
import org.neiqin.testing.Http;
import org.neiqin.testing.Json;
import org.neiqin.testing.KarafOptions;
import org.neiqin.testing.Narrowed;
import org.neiqin.testing.StrictInput;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Logistics installed by name ({@code neiqin-logistics}, which brings contracts and crm): delivery
 * notes against orders in force, reviewed by a second person, shipped past the payment gate, what
 * was delivered in the order's fulfilment schedule, returns and exchanges, the over-delivery race,
 * and bad input.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LogisticsIT {
    private static final String NOTES = "/neiqin/api/logistics/notes";
    private static final String RETURNS = "/neiqin/api/logistics/returns";
    private static final String CARRIERS = "/neiqin/api/logistics/carriers";
    private static long carrier;
    private static final String DOCS = "/neiqin/api/contracts/documents";
    private static final String JSON = "application/json";
    private static final String TODAY = LocalDate.now().toString();

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() {
        // the legality of sales by name (without the catalogue): goods called 危化… need a hazardous goods permit
        return org.ops4j.pax.exam.OptionUtils.combine(KarafOptions.with("neiqin-logistics"),
                org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut(
                        "etc/org.neiqin.contracts.cfg", "licenceGates", "hazmat-permit = 危化.*"));
    }

    @Before
    public void moduleIsUp() {
        Http.as("admin").awaitAll(90, NOTES + "?document=1", DOCS, "/system/console/neiqin-logistics",
                "/system/console/neiqin-logistics-note?new=1");
    }

    private static JsonNode ok(HttpResponse<String> r, int status) {
        assertEquals(r.body(), status, r.statusCode());
        return Json.parse(r.body());
    }

    private static long customer(String name, String terms) {
        return customer(name, terms, "5000000");
    }

    private static long customer(String name, String terms, String limit) {
        return customer(name, terms, limit, "沈阳市铁西区北二路 18 号");
    }

    /** @param address the customer's address, which its orders deliver to; {@code null} for none */
    private static long customer(String name, String terms, String limit, String address) {
        return ok(Http.as("manager").post("/neiqin/api/crm/customers", JSON, "{\"fullName\": \"" + name + "\","
                + " \"lifecycle\": \"EXISTING\", \"nature\": \"GENERAL_COMPANY\", \"paymentTerms\": \"" + terms + "\","
                + " \"creditDays\": 30, \"creditLimit\": " + Json.money(limit) + ", \"infoSource\": \"VISIT\", \"region\": \"LN\","
                + (address == null ? "" : " \"address\": \"" + address + "\",")
                + " \"route\": \"SY\", \"salesperson\": \"sales\"}"), 201).get("id").asLong();
    }

    /**
     * @return an order of one line that takes a credit customer over the limit, taken into force all the same:
     *         reviewed, then the manager's credit round approved; as read back
     */
    private static JsonNode overLimitInForce(long customer, String product, int quantity, int price) {
        JsonNode made = ok(Http.as("assistant").post(DOCS, JSON, "{\"kind\": \"ORDER\", \"document\": {\"customerId\": "
                + customer + ", \"documentDate\": \"" + TODAY + "\", \"paymentTerms\": \"CREDIT\"}, \"lines\": [{\"product\":"
                + " \"" + product + "\", \"quantity\": " + quantity + ", \"unit\": \"t\", \"unitPrice\": " + Json.money(price) + "}]}"),
                201);
        long id = made.get("id").asLong();
        ok(Http.as("assistant").post(DOCS + "/" + id + "/submission", JSON, "{\"version\": " + made.get("version").asInt()
                + "}"), 200);
        ok(decide("manager2", latestReview("contracts.order", id), "APPROVE"), 200);
        ok(decide("manager", latestReview("contracts.credit", id), "APPROVE"), 200);
        JsonNode order = ok(Http.as("assistant").get(DOCS + "/" + id), 200);
        assertEquals("EFFECTIVE", order.get("state").asText());
        return order;
    }

    /** @return an order in force for the customer, with the given lines (product, quantity, price), as read back */
    private static JsonNode orderInForce(long customer, String terms, String... lines) {
        List<String> json = new ArrayList<>();
        for (int i = 0; i + 2 < lines.length; i += 3) {
            json.add("{\"product\": \"" + lines[i] + "\", \"spec\": \"Q235B\", \"quantity\": " + lines[i + 1]
                    + ", \"unit\": \"t\", \"unitPrice\": " + Json.money(lines[i + 2]) + "}");
        }
        JsonNode made = ok(Http.as("assistant").post(DOCS, JSON, "{\"kind\": \"ORDER\", \"document\": {\"customerId\": "
                + customer + ", \"documentDate\": \"" + TODAY + "\", \"paymentTerms\": \"" + terms + "\"}, \"lines\": ["
                + String.join(", ", json) + "]}"), 201);
        long id = made.get("id").asLong();
        ok(Http.as("assistant").post(DOCS + "/" + id + "/submission", JSON, "{\"version\": " + made.get("version").asInt() + "}"),
                200);
        decide("manager2", latestReview("contracts.order", id), "APPROVE");
        JsonNode order = ok(Http.as("assistant").get(DOCS + "/" + id), 200);
        assertEquals(order.toString(), "EFFECTIVE", order.get("state").asText());
        return order;
    }

    private static long latestReview(String type, long documentId) {
        JsonNode inbox = ok(Http.as("manager2").get("/neiqin/api/core/reviews"), 200);
        long found = -1;
        for (JsonNode r : inbox) {
            if (r.get("documentType").asText().equals(type) && r.get("documentId").asText().equals(String.valueOf(documentId))) {
                found = Math.max(found, r.get("id").asLong());
            }
        }
        assertTrue(type + " " + documentId + " in the inbox: " + inbox, found > 0);
        return found;
    }

    private static HttpResponse<String> decide(String user, long review, String verdict) {
        HttpResponse<String> r = Http.as(user).post("/neiqin/api/core/reviews/" + review + "/decisions", JSON,
                "{\"verdict\": \"" + verdict + "\", \"reason\": \"checked by " + user + "\"}");
        return r;
    }

    private static String note(long document, String lines) {
        return "{\"document\": " + document + ", \"shipTo\": \"沈阳市铁西区北二路 18 号\", \"contact\": \"王经理\","
                + " \"phone\": \"024-25678901\", \"deliveryMethod\": \"CARRIER\", \"promisedOn\": \"" + TODAY + "\","
                + " \"expectedArrival\": \"" + LocalDate.now().plusDays(2) + "\", \"lines\": [" + lines + "]}";
    }

    private static HttpResponse<String> step(String user, JsonNode note, String path, String extra) {
        return Http.as(user).post(NOTES + "/" + note.get("id").asLong() + "/" + path, JSON, "{\"version\": "
                + note.get("version").asInt() + (extra.isEmpty() ? "" : ", " + extra) + "}");
    }

    /** Prepared by the assistant, submitted, approved by the manager: @return the reviewed note */
    private static JsonNode reviewed(JsonNode note) {
        return approved(submitted(note));
    }

    /** @return the note sent to its review by the assistant who prepared it */
    private static JsonNode submitted(JsonNode note) {
        JsonNode inReview = ok(step("assistant", note, "submission", ""), 200);
        assertEquals("IN_REVIEW", inReview.get("state").asText());
        return inReview;
    }

    /** @return the note in review, approved by the manager (not by its preparer) */
    private static JsonNode approved(JsonNode note) {
        HttpResponse<String> own = decide("assistant", latestReview("logistics.note", note.get("id").asLong()), "APPROVE");
        assertTrue("the preparer never approves their own note: " + own.body(), own.statusCode() >= 400
                && own.body().contains("four-eyes"));
        ok(decide("manager", latestReview("logistics.note", note.get("id").asLong()), "APPROVE"), 200);
        JsonNode done = ok(Http.as("assistant").get(NOTES + "/" + note.get("id").asLong()), 200);
        assertEquals(done.toString(), "REVIEWED", done.get("state").asText());
        return done;
    }

    @Test
    public void anOrderShipsOnReviewedNotesAndItsScheduleShowsWhatWasDelivered() {
        long c = customer("鞍山钢材经销部", "CREDIT");
        JsonNode order = orderInForce(c, "CREDIT", "螺纹钢", "10", "4200", "角钢", "4", "4500");
        long doc = order.get("id").asLong();
        long line1 = order.at("/lines/0/id").asLong();
        long line2 = order.at("/lines/1/id").asLong();
        JsonNode prepared = ok(Http.as("assistant").post(NOTES, JSON, note(doc, "{\"line\": " + line1
                + ", \"quantity\": 6, \"batch\": \"L2026-1201\"}, {\"kind\": \"SAMPLE\", \"product\": \"H 型钢样段\","
                + " \"quantity\": 2, \"unit\": \"段\"}")), 201);
        assertTrue(prepared.toString(), prepared.get("code").asText().matches("FH\\d{6}-\\d{4}"));
        assertEquals("PREPARED", prepared.get("state").asText());
        assertEquals("the goods' value; the sample has none", "25200.00", prepared.at("/amount/amount").asText());
        assertEquals("0.00", prepared.at("/lines/1/amount/amount").asText());
        assertEquals("螺纹钢", prepared.at("/lines/0/product").asText());

        // what is left of line 1 is 4 t: a note for 5 t is refused and stores nothing
        HttpResponse<String> over = Http.as("assistant").post(NOTES, JSON, note(doc, "{\"line\": " + line1
                + ", \"quantity\": 5}"));
        assertEquals("more than is left conflicts with the notes made: " + over.body(), 409, over.statusCode());
        assertTrue(over.body(), over.body().contains("only 4 t left to deliver") && over.body().contains("lines[0].quantity"));
        assertEquals(1, ok(Http.as("assistant").get(NOTES + "?document=" + doc), 200).get("total").asInt());

        // no step skipped: a prepared note does not ship
        HttpResponse<String> skipped = step("assistant", prepared, "tracking", "\"to\": \"SHIPPED\"");
        assertEquals(skipped.body(), 409, skipped.statusCode());
        assertTrue(skipped.body(), skipped.body().contains("cannot go to SHIPPED"));

        // before its review the assistant corrects where and when it goes; arriving before leaving, or a stale
        // version, is refused; in review it is no longer changed
        String shipping = NOTES + "/" + prepared.get("id").asLong() + "/shipping";
        String change = "\"shipTo\": \"沈阳市铁西区北二路 20 号 2 号门\", \"contact\": \"王经理\", \"phone\": \"024-25678901\","
                + " \"deliveryMethod\": \"CARRIER\", \"promisedOn\": \"" + TODAY + "\"";
        HttpResponse<String> backwards = Http.as("assistant").put(shipping, JSON, "{\"version\": "
                + prepared.get("version").asInt() + ", " + change + ", \"expectedArrival\": \"" + LocalDate.now().minusDays(1)
                + "\"}");
        assertEquals(backwards.body(), 400, backwards.statusCode());
        JsonNode corrected = ok(Http.as("assistant").put(shipping, JSON, "{\"version\": " + prepared.get("version").asInt()
                + ", " + change + "}"), 200);
        assertEquals("沈阳市铁西区北二路 20 号 2 号门", corrected.get("shipTo").asText());
        assertEquals(409, Http.as("assistant").put(shipping, JSON, "{\"version\": " + prepared.get("version").asInt() + ", "
                + change + "}").statusCode());
        JsonNode ready = approved(submitted(corrected));
        assertEquals(409, Http.as("assistant").put(shipping, JSON, "{\"version\": " + ready.get("version").asInt() + ", "
                + change + "}").statusCode());
        HttpResponse<String> unchecked = step("assistant", ready, "tracking", "\"to\": \"SHIPPED\"");
        assertEquals(unchecked.body(), 409, unchecked.statusCode());
        assertTrue(unchecked.body(), unchecked.body().contains("warehouse has not yet confirmed"));
        JsonNode checked = ok(step("warehouse", ready, "warehouse-check", ""), 200);
        assertEquals("the warehouse checks, not the assistant who prepared the note", "warehouse",
                checked.get("warehouseCheckedBy").asText());
        JsonNode shipped = ok(step("assistant", checked, "tracking", byCarrier()), 200);
        assertEquals("SHIPPED", shipped.get("state").asText());
        JsonNode schedule = ok(Http.as("sales").get(DOCS + "/" + doc + "/schedule"), 200);
        assertTrue(schedule.toString(), schedule.get("sources").toString().contains("logistics"));
        assertEquals("the schedule shows the shipped quantity of line 1", "6", schedule.at("/lines/0/delivered").asText()
                .replaceAll("\\.0+$", ""));
        assertEquals("4", schedule.at("/lines/0/toDeliver").asText().replaceAll("\\.0+$", ""));
        assertEquals("0", schedule.at("/lines/1/delivered").asText().replaceAll("\\.0+$", ""));
        JsonNode delivered = ok(step("assistant", shipped, "tracking", "\"to\": \"DELIVERED\""), 200);
        assertEquals("DELIVERED", delivered.get("state").asText());
        HttpResponse<String> back = step("assistant", delivered, "tracking", "\"to\": \"IN_TRANSIT\"");
        assertEquals(back.body(), 409, back.statusCode());
        assertTrue(ok(Http.as("auditor").get(NOTES + "/" + delivered.get("id").asLong() + "/history"), 200).size() >= 5);

        // the same through the console: the order's lines with what is left, a quantity and batch per line
        String form = "/system/console/neiqin-logistics-note?new=1&order=" + order.get("number").asText();
        String drawn = Http.as("assistant").get(form + "&lang=en").body();
        assertTrue(drawn, drawn.contains("4 t left of 10") && drawn.contains("4 t left of 4"));
        assertTrue("the order's address is where the note ships unless changed: " + drawn,
                drawn.contains("value=\"沈阳市铁西区北二路 18 号\"") && drawn.contains("name=\"extras[0].product\""));
        HttpResponse<String> made = Http.as("assistant").submit(form, "action", "prepare", "goods[1].quantity", "2",
                "goods[1].batch", "J2026-77", "deliveryMethod", "OWN_TRUCK", "promisedOn", TODAY,
                "extras[0].product", "产品目录", "extras[0].quantity", "5", "extras[0].unit", "本",
                "extras[0].extraKind", "MATERIAL");
        assertEquals(made.body(), 302, made.statusCode());
        String notePage = Http.location(made);
        String shown = Http.as("assistant").get(notePage + "&lang=zh").body();
        assertTrue(shown, shown.contains("J2026-77") && shown.contains("产品目录") && shown.contains("宣传资料")
                && shown.contains("自有车辆") && shown.contains("提交复核"));
        assertEquals(302, Http.as("assistant").submit(notePage, "action", "submit").statusCode());
        String list = Http.as("sales").get("/system/console/neiqin-logistics?lang=zh&q=" + order.get("number").asText()).body();
        assertTrue(list, list.contains("复核中") && list.contains("已到货") && !list.contains("neiqin-logistics-note?new=1"));
        String refusedForm = Http.as("assistant").submit(form, "action", "prepare", "goods[1].quantity", "9",
                "deliveryMethod", "OWN_TRUCK", "promisedOn", TODAY).body();
        assertTrue("over the order, the form comes back saying so: " + refusedForm, refusedForm.contains("left to deliver"));
        assertTrue("the grid comes back with its lines and what was typed: " + refusedForm, refusedForm.contains(
                "name=\"goods[1].quantity\" data-column=\"quantity\"") && refusedForm.contains("value=\"9\"")
                && refusedForm.contains("2 t left of 4 (on notes 2)"));

        // goods sent need an address: none on the note and none on the order is refused, collecting needs none
        long nowhere = customer("无地址五金店", "CREDIT", "5000000", null);
        JsonNode noAddress = orderInForce(nowhere, "CREDIT", "螺栓", "10", "12");
        long noAddressLine = noAddress.at("/lines/0/id").asLong();
        String unaddressed = "{\"document\": " + noAddress.get("id").asLong() + ", \"deliveryMethod\": \"%s\", \"promisedOn\": \""
                + TODAY + "\", \"lines\": [{\"line\": " + noAddressLine + ", \"quantity\": 1}]}";
        HttpResponse<String> carried = Http.as("assistant").post(NOTES, JSON, String.format(unaddressed, "CARRIER"));
        assertEquals(carried.body(), 400, carried.statusCode());
        assertTrue(carried.body(), carried.body().contains("shipTo") && carried.body().contains("need an address"));
        ok(Http.as("assistant").post(NOTES, JSON, String.format(unaddressed, "PICKUP")), 201);

        // bad input: a clear error and nothing stored
        JsonNode draft = ok(Http.as("assistant").post(DOCS, JSON, "{\"kind\": \"ORDER\", \"document\": {\"customerId\": "
                + c + ", \"documentDate\": \"" + TODAY + "\", \"paymentTerms\": \"CREDIT\"}, \"lines\": [{\"product\":"
                + " \"扁钢\", \"quantity\": 3, \"unit\": \"t\", \"unitPrice\": " + Json.money(4000) + "}]}"), 201);
        HttpResponse<String> onDraft = Http.as("assistant").post(NOTES, JSON, note(draft.get("id").asLong(), "{\"line\": "
                + draft.at("/lines/0/id").asLong() + ", \"quantity\": 1}"));
        assertEquals("an order not in force conflicts with its state: " + onDraft.body(), 409, onDraft.statusCode());
        assertTrue(onDraft.body(), onDraft.body().contains("not an order or contract in force"));
        for (String bad : List.of("{\"line\": " + line2 + ", \"quantity\": 0}", "{\"line\": " + line2 + ", \"quantity\": -1}",
                "{\"line\": 987654, \"quantity\": 1}", "{\"line\": " + line2 + ", \"quantity\": 5}")) {
            HttpResponse<String> refused = Http.as("assistant").post(NOTES, JSON, note(doc, bad));
            assertEquals(bad + ": " + refused.body(), bad.contains("\"quantity\": 5") ? 409 : 400, refused.statusCode());
        }
        String valid = note(doc, "{\"line\": " + line2 + ", \"quantity\": 1}");
        assertEquals(List.of(), StrictInput.problems("assistant", NOTES, valid, "contact", "deliveryMethod", "state=SLEEPING",
                "late=perhaps", "document=abc"));
        for (String bad : List.of(valid.replace("{\"document\"", "{\"colour\": \"red\", \"document\""),
                valid.replace("\"quantity\": 1", "\"quantity\": \"many\""))) {
            HttpResponse<String> refused = Http.as("assistant").post(NOTES, JSON, bad);
            assertEquals(bad + ": " + refused.body(), 400, refused.statusCode());
        }
        assertEquals(List.of(), StrictInput.refusals("assistant", NOTES + "?document=abc", NOTES + "?colour=red&document=1",
                NOTES + "?document=0", RETURNS + "?note=abc", RETURNS + "?note=0", RETURNS + "?note=-1",
                RETURNS + "?colour=red&note=1", CARRIERS + "?colour=red", "/neiqin/api/logistics/mailings?customer=abc",
                "/neiqin/api/logistics/mailings?customer=0", "/neiqin/api/logistics/mailings?limit=0",
                "/neiqin/api/logistics/mailings?colour=red"));
        HttpResponse<String> badVersion = Http.as("assistant").put(NOTES + "/1/proof?version=abc&name=a.pdf",
                "application/pdf", "%PDF-1.4");
        assertEquals(badVersion.body(), 400, badVersion.statusCode());
        assertTrue(badVersion.body(), badVersion.body().contains("\"field\":\"version\""));
        assertEquals(403, Http.as("sales").post(NOTES, JSON, note(doc, "{\"line\": " + line2 + ", \"quantity\": 1}"))
                .statusCode());
        assertEquals("the refused attempts stored nothing: the note by REST and the one by the console", 2,
                ok(Http.as("assistant").get(NOTES + "?document=" + doc), 200).get("total").asInt());
        String card = Http.as("sales").get("/system/console/neiqin-customer?id=" + c + "&lang=en").body();
        assertTrue("the customer card shows the note not yet delivered (the console's, in review): " + card,
                card.contains("Delivery notes not yet delivered") && card.contains("9,000.00 CNY"));
    }

    /** @return the shipping step by the class's logistics company, registered and screened on first use */
    private static String byCarrier() {
        if (carrier == 0) {
            JsonNode made = ok(Http.as("assistant").post(CARRIERS, JSON, "{\"name\": \"沈阳顺达物流有限公司\", \"contact\": \"刘队长\","
                    + " \"phone\": \"024-88776655\", \"agreement\": \"整车运输，货损照价赔偿\", \"rates\": \"沈阳—大连 180 元/吨\","
                    + " \"validFrom\": \"" + LocalDate.now().minusMonths(1) + "\", \"validTo\": \"" + LocalDate.now().plusYears(1)
                    + "\"}"), 201);
            carrier = ok(Http.as("manager").post(CARRIERS + "/" + made.get("id").asLong() + "/screening", JSON,
                    "{\"version\": " + made.get("version").asInt() + ", \"note\": \"营业执照、道路运输许可证、货运险已核\"}"), 200)
                    .get("id").asLong();
        }
        return "\"to\": \"SHIPPED\", \"carrier\": " + carrier + ", \"waybill\": \"SD-" + System.nanoTime() % 100000000
                + "\", \"freight\": " + Json.money(360);
    }

    /**
     * Record scopes reach the notes: a role narrowed to its own records ({@code scope.neiqin-warehouse = own}) is the
     * salesperson of no order, so it meets no note — not in the list, not by its id, not to move it — while the
     * assistant, not narrowed, works as before; and sees them all again once the line is taken away.
     */
    @Test
    public void aRoleNarrowedToItsOwnRecordsMeetsNoNoteOfAnotherSalesperson() throws Exception {
        long c = customer("范围物流客户", "CREDIT");
        JsonNode order = orderInForce(c, "CREDIT", "螺纹钢", "5", "4200");
        long doc = order.get("id").asLong();
        JsonNode note = ok(Http.as("assistant").post(NOTES, JSON, note(doc, "{\"line\": " + order.at("/lines/0/id")
                .asLong() + ", \"quantity\": 2}")), 201);
        String one = NOTES + "/" + note.get("id").asLong();
        Http warehouse = Http.as("warehouse");
        assertEquals(200, warehouse.get(one).statusCode());
        try (Narrowed narrowed = Narrowed.role(context, "neiqin-warehouse", "own")) {
            warehouse.await(one, r -> r.statusCode() == 404, 30);
            assertEquals("not listed", 0, ok(warehouse.get(NOTES + "?document=" + doc), 200).get("total").asInt());
            HttpResponse<String> moved = step("warehouse", note, "warehouse-check", "");
            assertEquals("nor moved: " + moved.body(), 404, moved.statusCode());
            assertEquals("the assistant is not narrowed", 1, ok(Http.as("assistant").get(NOTES + "?document=" + doc), 200)
                    .get("total").asInt());
        }
        warehouse.await(one, r -> r.statusCode() == 200, 30);
    }

    @Test
    public void aNoteIsLateByTheCompanysDayAndEachStepIsAuditedAsATransitionWithItsReason() {
        long c = customer("本溪建材公司", "CREDIT");
        JsonNode order = orderInForce(c, "CREDIT", "槽钢", "5", "3900");
        HttpResponse<String> made = Http.as("assistant").post(NOTES, JSON, note(order.get("id").asLong(),
                "{\"line\": " + order.at("/lines/0/id").asLong() + ", \"quantity\": 2}"));
        JsonNode prepared = ok(made, 201);
        long id = prepared.get("id").asLong();
        assertTrue("201 names the new note's address: " + made.headers().map(), made.headers()
                .firstValue("Location").orElse("").endsWith("/neiqin/api/logistics/notes/" + id));
        assertFalse("promised for today: not late yet", prepared.get("late").asBoolean());
        assertFalse(ok(Http.as("assistant").get(NOTES + "?late=true&document=" + order.get("id").asLong()), 200)
                .toString().contains(prepared.get("code").asText()));

        // two days on by the company clock, the goods have not left: the note is late, on its page and in the list
        CompanyClock company = context.getService(context.getServiceReference(CompanyClock.class));
        LocalDate before = company.today();
        try (TestClock clock = TestClock.install(context)) {
            clock.advance(java.time.Duration.ofDays(2));
            assertEquals(before.plusDays(2), company.today());
            assertTrue(ok(Http.as("assistant").get(NOTES + "/" + id), 200).get("late").asBoolean());
            assertTrue(ok(Http.as("assistant").get(NOTES + "?late=true&document=" + order.get("id").asLong()), 200)
                    .toString().contains(prepared.get("code").asText()));
        }
        assertEquals("the real day is back once the test clock is gone", before, company.today());
        assertFalse(ok(Http.as("assistant").get(NOTES + "/" + id), 200).get("late").asBoolean());

        // rejected by the manager with a reason: back to prepared, the reason in the note's history as a transition
        JsonNode inReview = submitted(prepared);
        HttpResponse<String> no = Http.as("manager").post("/neiqin/api/core/reviews/" + latestReview("logistics.note", id)
                + "/decisions", JSON, "{\"verdict\": \"REJECT\", \"reason\": \"送货地址不对\"}");
        ok(no, 200);
        JsonNode back = ok(Http.as("assistant").get(NOTES + "/" + id), 200);
        assertEquals("PREPARED", back.get("state").asText());
        assertTrue(back.get("version").asInt() > inReview.get("version").asInt());
        JsonNode history = ok(Http.as("assistant").get(NOTES + "/" + id + "/history"), 200);
        JsonNode last = history.get(history.size() - 1);
        assertEquals(history.toString(), "TRANSITION", last.get("action").asText());
        assertTrue(last.toString(), last.toString().contains("送货地址不对") && last.toString().contains("IN_REVIEW")
                && last.toString().contains("PREPARED"));
        boolean submitted = false;
        for (JsonNode entry : history) {
            submitted |= entry.get("action").asText().equals("TRANSITION")
                    && entry.get("newValues").asText().contains("IN_REVIEW");
        }
        assertTrue("sending it to review is a transition too: " + history, submitted);
    }

    /**
     * A licence can expire between the order and the delivery: goods that need it are not released on a day the
     * customer no longer holds it — neither at the review's approval nor at shipping — and nothing changes.
     */
    @Test
    public void goodsThatNeedALicenceAreNotReleasedOnceTheCustomersLicenceHasExpired() {
        long c = customer("营口化工贸易公司", "CREDIT");
        ok(Http.as("assistant").post("/neiqin/api/crm/licences?customer=" + c, JSON, "{\"name\": \"hazmat-permit\","
                + " \"number\": \"WH-7\", \"expiresOn\": \"" + LocalDate.now().plusDays(3) + "\", \"verified\": \"YES\"}"), 200);
        JsonNode order = orderInForce(c, "CREDIT", "危化品 乙醇", "4", "1000");
        JsonNode inReview = submitted(ok(Http.as("assistant").post(NOTES, JSON, note(order.get("id").asLong(),
                "{\"line\": " + order.at("/lines/0/id").asLong() + ", \"quantity\": 2, \"batch\": \"WH-7-1\"}")), 201));
        long id = inReview.get("id").asLong();
        try (TestClock clock = TestClock.install(context)) {
            clock.advance(java.time.Duration.ofDays(5));
            HttpResponse<String> held = decide("manager", latestReview("logistics.note", id), "APPROVE");
            assertEquals(held.body(), 409, held.statusCode());
            assertTrue(held.body(), held.body().contains("hazmat-permit") && held.body().contains("expired on")
                    && held.body().contains("not released"));
            assertEquals("nothing changed", "IN_REVIEW", ok(Http.as("assistant").get(NOTES + "/" + id), 200)
                    .get("state").asText());
        }
        // back on a day it holds: reviewed, checked; then, on the day it would ship, the licence has expired
        JsonNode checked = ok(step("warehouse", approved(ok(Http.as("assistant").get(NOTES + "/" + id), 200)),
                "warehouse-check", ""), 200);
        try (TestClock clock = TestClock.install(context)) {
            clock.advance(java.time.Duration.ofDays(5));
            HttpResponse<String> notShipped = step("assistant", checked, "tracking", byCarrier());
            assertEquals(notShipped.body(), 409, notShipped.statusCode());
            assertTrue(notShipped.body(), notShipped.body().contains("hazmat-permit"));
        }
    }

    @Test
    public void theModuleConformsToTheModuleRules() {
        assertEquals("README \"Writing a module\"", List.of(), Conformance.problems(context, "org.neiqin.logistics"));
    }

    @Test
    public void goodsGoByAScreenedCarrierWithAnAgreementForTheDayAndItsRecordIsKept() {
        byCarrier();
        long c = customer("大连港务物资公司", "CREDIT");
        JsonNode order = orderInForce(c, "CREDIT", "圆钢", "6", "4100");
        JsonNode prepared = ok(Http.as("assistant").post(NOTES, JSON, note(order.get("id").asLong(), "{\"line\": "
                + order.at("/lines/0/id").asLong() + ", \"quantity\": 6, \"batch\": \"Y2026-5\"}")), 201);
        JsonNode checked = ok(step("warehouse", reviewed(prepared), "warehouse-check", ""), 200);

        HttpResponse<String> none = step("assistant", checked, "tracking", "\"to\": \"SHIPPED\"");
        assertEquals(none.body(), 400, none.statusCode());
        assertTrue(none.body(), none.body().contains("name the one that carries it"));
        JsonNode fresh = ok(Http.as("assistant").post(CARRIERS, JSON, "{\"name\": \"营口快运\", \"validFrom\": \""
                + LocalDate.now().minusYears(2) + "\", \"validTo\": \"" + LocalDate.now().minusDays(1) + "\"}"), 201);
        HttpResponse<String> unscreened = step("assistant", checked, "tracking", "\"to\": \"SHIPPED\", \"carrier\": "
                + fresh.get("id").asLong());
        assertEquals(unscreened.body(), 409, unscreened.statusCode());
        assertTrue(unscreened.body(), unscreened.body().contains("has not been screened"));
        assertEquals("only a manager screens", 403, Http.as("assistant").post(CARRIERS + "/" + fresh.get("id").asLong()
                + "/screening", JSON, "{\"version\": " + fresh.get("version").asInt() + ", \"note\": \"看过了\"}").statusCode());
        ok(Http.as("manager").post(CARRIERS + "/" + fresh.get("id").asLong() + "/screening", JSON, "{\"version\": "
                + fresh.get("version").asInt() + ", \"note\": \"证照齐全\"}"), 200);
        HttpResponse<String> expired = step("assistant", checked, "tracking", "\"to\": \"SHIPPED\", \"carrier\": "
                + fresh.get("id").asLong());
        assertEquals(expired.body(), 409, expired.statusCode());
        assertTrue(expired.body(), expired.body().contains("not on " + LocalDate.now()));
        for (String bad : List.of("\"carrier\": 987654", "\"carrier\": " + carrier + ", \"freight\": " + Json.money(-5),
                "\"carrier\": " + carrier + ", \"freight\": " + Json.money(1.234), "\"carrier\": " + carrier
                + ", \"freight\": 360")) {
            HttpResponse<String> refused = step("assistant", checked, "tracking", "\"to\": \"SHIPPED\", " + bad);
            assertEquals(bad + ": " + refused.body(), 400, refused.statusCode());
        }
        for (String bad : List.of("{\"name\": \"沈阳顺达物流有限公司\", \"validFrom\": \"2026-01-01\", \"validTo\": \"2027-01-01\"}",
                "{\"name\": \"倒序物流\", \"validFrom\": \"2027-01-01\", \"validTo\": \"2026-01-01\"}",
                "{\"name\": \"\", \"validFrom\": \"2026-01-01\", \"validTo\": \"2027-01-01\"}",
                "{\"name\": \"无期物流\"}")) {
            HttpResponse<String> refused = Http.as("assistant").post(CARRIERS, JSON, bad);
            assertTrue(bad + ": " + refused.body(), refused.statusCode() == 400 || refused.statusCode() == 409);
        }
        assertEquals("the refused entries stored nothing", 2, ok(Http.as("sales").get(CARRIERS), 200).size());

        JsonNode shipped = ok(step("assistant", checked, "tracking", byCarrier()), 200);
        assertEquals("沈阳顺达物流有限公司", shipped.get("carrierName").asText());
        assertEquals("360.00", shipped.at("/freight/amount").asText());
        assertTrue(shipped.get("waybill").asText().startsWith("SD-"));
        HttpResponse<String> late = step("assistant", shipped, "tracking", "\"to\": \"DELIVERED\", \"carrier\": " + carrier);
        assertEquals("the carrier is named when the goods leave: " + late.body(), 400, late.statusCode());
        ok(step("assistant", shipped, "tracking", "\"to\": \"DELIVERED\""), 200);
        JsonNode record = ok(Http.as("sales").get(CARRIERS + "/" + carrier), 200);
        assertTrue(record.toString(), record.get("shipments").asLong() >= 1 && record.get("delivered").asLong() >= 1);
        assertEquals("arrived before the expected day: on time", "100.0", record.get("onTimePercent").asText());
        assertTrue(record.toString(), record.get("usableToday").asBoolean());
        assertFalse(ok(Http.as("sales").get(CARRIERS + "/" + fresh.get("id").asLong()), 200).get("usableToday").asBoolean());

        // the list in the console, sorted by the header clicked: the most reliable first
        String page = Http.as("sales").get("/system/console/neiqin-logistics-carriers?sort=onTime&desc=true&lang=zh").body();
        assertTrue("sorted by on-time share, the carriers without a record last: " + page,
                page.indexOf("沈阳顺达物流有限公司") < page.indexOf("营口快运") && page.contains("sort=freight"));
        String refused = Http.as("sales").get("/system/console/neiqin-logistics-carriers?sort=colour&lang=zh").body();
        assertTrue("a sort the list does not take is refused: " + refused, refused.contains("colour"));
    }

    @Test
    public void samplesAndMaterialSentOutAreRegisteredAndCheckedByASecondPerson() {
        String mailings = "/neiqin/api/logistics/mailings";
        long c = customer("盘锦石化设备厂", "CREDIT");
        String valid = "{\"kind\": \"SAMPLE\", \"what\": \"耐候钢试样 Q355NH\", \"quantity\": 3, \"customer\": " + c
                + ", \"recipient\": \"盘锦石化设备厂 采购部 赵工\", \"address\": \"辽宁省盘锦市兴隆台区石油大街 9 号\","
                + " \"method\": \"EXPRESS\", \"cost\": " + Json.money("23.50") + ", \"tracking\": \"SF1234567890\", \"sentOn\": \"" + TODAY + "\"}";
        for (String bad : List.of(valid.replace("\"SAMPLE\"", "\"GOODS\""), valid.replace("\"quantity\": 3", "\"quantity\": 0"),
                valid.replace("\"customer\": " + c, "\"customer\": 987654"), valid.replace(Json.money("23.50"), Json.money(-1)),
                valid.replace("\"address\": \"辽宁省盘锦市兴隆台区石油大街 9 号\",", ""),
                valid.replace("{\"kind\"", "{\"colour\": \"red\", \"kind\""))) {
            HttpResponse<String> refused = Http.as("assistant").post(mailings, JSON, bad);
            assertEquals(bad + ": " + refused.body(), 400, refused.statusCode());
        }
        assertEquals(403, Http.as("sales").post(mailings, JSON, valid).statusCode());
        assertEquals("the refused ones stored nothing", 0, ok(Http.as("sales").get(mailings + "?customer=" + c), 200)
                .get("total").asInt());
        JsonNode sent = ok(Http.as("assistant").post(mailings, JSON, valid), 201);
        assertTrue(sent.toString(), sent.get("code").asText().matches("JC\\d{6}-\\d{4}"));
        String check = mailings + "/" + sent.get("id").asLong() + "/check";
        String version = "{\"version\": " + sent.get("version").asInt() + "}";
        HttpResponse<String> own = Http.as("assistant").post(check, JSON, version);
        assertEquals(own.body(), 409, own.statusCode());
        assertTrue(own.body(), own.body().contains("a second person checks it"));
        assertEquals("manager", ok(Http.as("manager").post(check, JSON, version), 200).get("checkedBy").asText());
        assertEquals(409, Http.as("manager").post(check, JSON, "{\"version\": " + (sent.get("version").asInt() + 1) + "}")
                .statusCode());
        assertEquals(1, ok(Http.as("sales").get(mailings + "?customer=" + c), 200).get("total").asInt());
        assertEquals(400, Http.as("sales").get(mailings + "?customer=abc").statusCode());
        assertEquals("a checked one is not among those still to check", 0, ok(Http.as("sales").get(mailings + "?customer="
                + c + "&unchecked=true&kind=SAMPLE&q=Q355NH&sort=sentOn&desc=true"), 200).get("total").asInt());

        String page = "/system/console/neiqin-logistics-mailings";
        HttpResponse<String> made = Http.as("assistant").submit(page, "action", "register", "kind", "MATERIAL",
                "what", "2027 年产品目录", "quantity", "20", "recipient", "鞍山钢材经销部", "address", "鞍山市铁东区",
                "method", "POST", "sentOn", TODAY);
        assertEquals(made.body(), 302, made.statusCode());
        String zh = Http.as("manager").get(page + "?lang=zh").body();
        assertTrue(zh, zh.contains("2027 年产品目录") && zh.contains("宣传资料") && zh.contains("邮寄") && zh.contains("核对 JC")
                && zh.contains("SF1234567890"));
        assertTrue("the one who registered is not offered the check", !Http.as("assistant").get(page).body()
                .contains("Check JC"));
        String unchecked = Http.as("manager").get(page + "?unchecked=true&sort=sentOn&desc=true&lang=zh").body();
        assertTrue("the register is filtered and sorted by its headers: " + unchecked,
                unchecked.contains("2027 年产品目录") && !unchecked.contains("SF1234567890") && unchecked.contains("sort=recipient"));
        String refused = Http.as("manager").get(page + "?colour=red&lang=zh").body();
        assertTrue("the register refuses what it does not take: " + refused, refused.contains("列表没有参数"));
    }

    /** @return the value delivered on today's orders of the customer, as the contract statistics sum it */
    private static String deliveredInStatistics(String customer) {
        JsonNode rows = ok(Http.as("manager").get("/neiqin/api/contracts/statistics?from=" + LocalDate.now() + "&to="
                + LocalDate.now() + "&by=CUSTOMER"), 200);
        for (JsonNode r : rows) {
            if (r.get("group").asText().equals(customer)) {
                return new BigDecimal(r.at("/delivered/amount").asText()).setScale(2).toPlainString();
            }
        }
        throw new AssertionError("no statistics row of " + customer + ": " + rows);
    }

    private static String giveBack(long note, String kind, String lines) {
        return "{\"note\": " + note + ", \"kind\": \"" + kind + "\", \"reason\": \"规格不符，客户要求调换\", \"lines\": ["
                + lines + "]}";
    }

    @Test
    public void returnedGoodsComeOffWhatWasDeliveredOnceASecondPersonAcceptsThem() {
        long c = customer("营口建材贸易公司", "CREDIT");
        JsonNode order = orderInForce(c, "CREDIT", "盘螺", "8", "4300");
        long doc = order.get("id").asLong();
        long line = order.at("/lines/0/id").asLong();
        JsonNode prepared = ok(Http.as("assistant").post(NOTES, JSON, note(doc, "{\"line\": " + line
                + ", \"quantity\": 8, \"batch\": \"P2026-12\"}, {\"kind\": \"GIFT\", \"product\": \"台历\", \"quantity\": 2}")), 201);
        long noteId = prepared.get("id").asLong();
        HttpResponse<String> early = Http.as("assistant").post(RETURNS, JSON, giveBack(noteId, "RETURN",
                "{\"noteLine\": 1, \"quantity\": 1}"));
        assertEquals(early.body(), 409, early.statusCode());
        assertTrue(early.body(), early.body().contains("only goods that have left can come back"));
        JsonNode checked = ok(step("warehouse", reviewed(prepared), "warehouse-check", ""), 200);
        ok(step("assistant", checked, "tracking", byCarrier()), 200);

        // more than shipped, a gift, a line the note has not, a second line twice: refused, nothing stored
        for (String bad : List.of("{\"noteLine\": 1, \"quantity\": 9}", "{\"noteLine\": 2, \"quantity\": 1}",
                "{\"noteLine\": 3, \"quantity\": 1}", "{\"noteLine\": 1, \"quantity\": 0}")) {
            HttpResponse<String> refused = Http.as("assistant").post(RETURNS, JSON, giveBack(noteId, "RETURN", bad));
            assertEquals(bad + ": " + refused.body(), bad.contains("\"quantity\": 9") ? 409 : 400, refused.statusCode());
        }
        assertTrue(Http.as("assistant").post(RETURNS, JSON, giveBack(noteId, "RETURN", "{\"noteLine\": 1, \"quantity\": 9}"))
                .body().contains("only 8 t can come back"));
        assertEquals(403, Http.as("sales").post(RETURNS, JSON, giveBack(noteId, "RETURN", "{\"noteLine\": 1, \"quantity\": 1}"))
                .statusCode());
        assertEquals(400, Http.as("assistant").post(RETURNS, JSON, giveBack(noteId, "RETURN", "{\"noteLine\": 1, \"quantity\": 1}")
                .replace("{\"note\"", "{\"colour\": \"red\", \"note\"")).statusCode());
        assertEquals(0, ok(Http.as("assistant").get(RETURNS + "?note=" + noteId), 200).size());

        JsonNode exchange = ok(Http.as("assistant").post(RETURNS, JSON, giveBack(noteId, "EXCHANGE",
                "{\"noteLine\": 1, \"quantity\": 3}")), 201);
        assertTrue(exchange.toString(), exchange.get("code").asText().matches("TH\\d{6}-\\d{4}"));
        assertEquals("PREPARED", exchange.get("state").asText());
        assertEquals("12900.00", exchange.at("/amount/amount").asText());
        HttpResponse<String> second = Http.as("assistant").post(RETURNS, JSON, giveBack(noteId, "RETURN",
                "{\"noteLine\": 1, \"quantity\": 6}"));
        assertEquals(second.body(), 409, second.statusCode());
        assertTrue("the exchange in hand holds its 3 t: " + second.body(), second.body().contains("only 5 t can come back"));
        assertEquals("until accepted, a return changes nothing delivered", "8",
                ok(Http.as("sales").get(DOCS + "/" + doc + "/schedule"), 200).at("/lines/0/delivered").asText()
                        .replaceAll("\\.0+$", ""));
        assertEquals("the contract statistics count the 8 t that left", "34400.00", deliveredInStatistics("营口建材贸易公司"));

        JsonNode inReview = ok(Http.as("assistant").post(RETURNS + "/" + exchange.get("id").asLong() + "/submission", JSON,
                "{\"version\": " + exchange.get("version").asInt() + "}"), 200);
        assertEquals("IN_REVIEW", inReview.get("state").asText());
        long review = latestReview("logistics.return", exchange.get("id").asLong());
        assertTrue("the preparer never accepts their own return", decide("assistant", review, "APPROVE").statusCode() >= 400);
        String orderPage = Http.as("assistant").get("/system/console/neiqin-contract?id=" + doc + "&lang=en").body();
        assertTrue("the order links its delivery note and offers a new one: " + orderPage,
                orderPage.contains("neiqin-logistics-note?id=" + noteId) && orderPage.contains("neiqin-logistics-note?new=1")
                && orderPage.contains("New delivery note for this order"));
        assertTrue("and the note links its order", Http.as("assistant").get("/system/console/neiqin-logistics-note?id="
                + noteId).body().contains("neiqin-contract?id=" + doc));
        String schedulePage = Http.as("assistant").get("/system/console/neiqin-contract?id=" + doc
                + "&tab=schedule&lang=en").body();
        assertTrue("the schedule links the notes behind its figures and names their source in words: " + schedulePage,
                schedulePage.contains("neiqin-logistics-note?id=" + noteId) && schedulePage.contains("delivery notes (logistics)"));
        assertTrue("the order shows its way, in force: " + orderPage, orderPage.contains("neiqin-timeline")
                && orderPage.contains("neiqin-done"));
        String preview = Http.as("manager").get("/system/console/neiqin-reviews?id=" + review).body();
        assertTrue("the return under review shows what comes back, its value and the way to its note: " + preview,
                preview.contains("盘螺") && preview.contains("12,900.00 CNY")
                && preview.contains("neiqin-logistics-note?id=" + noteId));
        ok(decide("manager", review, "APPROVE"), 200);
        JsonNode accepted = ok(Http.as("sales").get(RETURNS + "/" + exchange.get("id").asLong()), 200);
        assertEquals("ACCEPTED", accepted.get("state").asText());
        JsonNode schedule = ok(Http.as("sales").get(DOCS + "/" + doc + "/schedule"), 200);
        assertEquals("the schedule counts what came back", "5", schedule.at("/lines/0/delivered").asText()
                .replaceAll("\\.0+$", ""));
        assertEquals("3", schedule.at("/lines/0/toDeliver").asText().replaceAll("\\.0+$", ""));
        assertEquals("and the 5 t kept", "21500.00", deliveredInStatistics("营口建材贸易公司"));

        // the replacement ships on a new note: 3 t may go again, not 4
        HttpResponse<String> tooMuch = Http.as("assistant").post(NOTES, JSON, note(doc, "{\"line\": " + line
                + ", \"quantity\": 4}"));
        assertEquals(tooMuch.body(), 409, tooMuch.statusCode());
        assertTrue(tooMuch.body(), tooMuch.body().contains("only 3 t left to deliver"));
        ok(Http.as("assistant").post(NOTES, JSON, note(doc, "{\"line\": " + line + ", \"quantity\": 3}")), 201);

        HttpResponse<String> cancelAccepted = Http.as("assistant").post(RETURNS + "/" + exchange.get("id").asLong()
                + "/cancellation", JSON, "{\"version\": " + accepted.get("version").asInt() + "}");
        assertEquals(cancelAccepted.body(), 409, cancelAccepted.statusCode());
        JsonNode small = ok(Http.as("assistant").post(RETURNS, JSON, giveBack(noteId, "RETURN", "{\"noteLine\": 1, \"quantity\": 1}")), 201);
        assertEquals("CANCELLED", ok(Http.as("assistant").post(RETURNS + "/" + small.get("id").asLong() + "/cancellation",
                JSON, "{\"version\": " + small.get("version").asInt() + "}"), 200).get("state").asText());
        assertEquals(2, ok(Http.as("auditor").get(RETURNS + "?note=" + noteId), 200).size());
        assertTrue(ok(Http.as("auditor").get(RETURNS + "/" + exchange.get("id").asLong() + "/history"), 200).size() >= 3);

        // the same on the note's page: its returns, and a form with a quantity per line of goods
        String page = "/system/console/neiqin-logistics-note?id=" + noteId;
        String zh = Http.as("assistant").get(page + "&lang=zh").body();
        assertTrue(zh, zh.contains("退换货") && zh.contains(exchange.get("code").asText()) && zh.contains("换货")
                && zh.contains("已接收") && zh.contains("已作废") && zh.contains("已发数量") && zh.contains(">8 t<"));
        String tooMany = Http.as("assistant").submit(page, "action", "giveBack", "kind", "RETURN", "reason", "锈蚀",
                "back[0].quantity", "6").body();
        assertTrue("the form comes back saying how much can: " + tooMany, tooMany.contains("5 t"));
        HttpResponse<String> made = Http.as("assistant").submit(page, "action", "giveBack", "kind", "RETURN", "reason", "锈蚀",
                "back[0].quantity", "1");
        assertEquals(made.body(), 302, made.statusCode());
        String after = Http.as("assistant").get(page + "&lang=en").body();
        assertTrue(after, after.contains("Send return TH") && after.contains("锈蚀"));
        assertEquals(3, ok(Http.as("auditor").get(RETURNS + "?note=" + noteId), 200).size());
        assertTrue("a reader without the right to write sees the returns, no form",
                !Http.as("sales").get(page).body().contains("giveBack"));
    }

    @Test
    public void aPrepayingCustomersGoodsLeaveOnlyWithFinancesSignature() {
        long c = customer("营口先款化工有限公司", "PREPAYMENT");
        JsonNode order = orderInForce(c, "PREPAYMENT", "纯碱", "20", "2100");
        long doc = order.get("id").asLong();
        long line = order.at("/lines/0/id").asLong();
        JsonNode first = submitted(ok(Http.as("assistant").post(NOTES, JSON, note(doc, "{\"line\": " + line
                + ", \"quantity\": 10}")), 201));
        assertEquals("HELD", first.get("gate").asText());
        // the gate holds at every step that releases the goods: the review is not approved before finance signs
        HttpResponse<String> held = decide("manager", latestReview("logistics.note", first.get("id").asLong()), "APPROVE");
        assertEquals(held.body(), 409, held.statusCode());
        assertTrue(held.body(), held.body().contains("paymentGate") && held.body().contains("finance has signed"));
        assertEquals("the refused approval changed nothing", "IN_REVIEW", ok(Http.as("assistant").get(NOTES + "/"
                + first.get("id").asLong()), 200).get("state").asText());
        assertEquals("the assistant cannot sign for finance", 403, step("assistant", first, "finance-signature", "")
                .statusCode());
        JsonNode signed = approved(ok(step("finance", first, "finance-signature", ""), 200));
        assertEquals("SIGNED", signed.get("gate").asText());
        assertEquals("finance", signed.get("financeSignedBy").asText());
        HttpResponse<String> noBatch = step("warehouse", signed, "warehouse-check", "");
        assertEquals(noBatch.body(), 409, noBatch.statusCode());
        assertTrue("the warehouse checks goods against their batches: " + noBatch.body(),
                noBatch.body().contains("name no batch numbers"));
        JsonNode checked = ok(step("warehouse", signed, "warehouse-check", "\"batches\": {\"1\": \"CS-2026-1130\"}"), 200);
        assertEquals("CS-2026-1130", checked.at("/lines/0/batch").asText());
        assertEquals("SHIPPED", ok(step("assistant", checked, "tracking", byCarrier()), 200).get("state").asText());

        // the manager lets the rest go before the money, with a reason: finance must still sign that exception
        JsonNode second = submitted(ok(Http.as("assistant").post(NOTES, JSON, note(doc, "{\"line\": " + line
                + ", \"quantity\": 10}")), 201));
        assertEquals(400, step("manager", second, "payment-exception", "\"reason\": \"\"").statusCode());
        JsonNode excepted = ok(step("manager", second, "payment-exception", "\"reason\": \"老客户年底集中付款，总经理同意\""), 200);
        assertEquals("manager", excepted.get("exceptionBy").asText());
        assertEquals("still held until finance signs the exception", 409, decide("manager",
                latestReview("logistics.note", second.get("id").asLong()), "APPROVE").statusCode());
        JsonNode agreed = approved(ok(step("finance", excepted, "finance-signature", ""), 200));
        JsonNode picked = ok(step("warehouse", agreed, "warehouse-check", "\"batches\": {\"1\": \"CS-2026-1201\"}"), 200);
        JsonNode gone = ok(step("assistant", picked, "tracking", byCarrier()), 200);
        assertEquals("SHIPPED", gone.get("state").asText());
        assertTrue(gone.toString(), gone.get("exceptionReason").asText().contains("总经理同意"));
    }

    /**
     * A note follows the customer's terms of the day, not those it copied: a customer moved to
     * prepayment after the note was prepared does not get its goods released without finance. A note
     * reviewed but not gone is withdrawn by a manager with a reason, which gives its quantities back.
     */
    @Test
    public void aNoteFollowsTheCustomersTermsOfTheDayAndAReviewedNoteIsWithdrawnWithAReason() {
        long c = customer("本溪改预付测试公司", "CREDIT");
        JsonNode order = orderInForce(c, "CREDIT", "螺纹钢", "10", "4000");
        long doc = order.get("id").asLong();
        String line = "{\"line\": " + order.at("/lines/0/id").asLong() + ", \"quantity\": 6}";
        JsonNode note = submitted(ok(Http.as("assistant").post(NOTES, JSON, note(doc, line)), 201));
        long id = note.get("id").asLong();
        assertEquals("OPEN", note.get("gate").asText());

        // the customer is moved to prepayment while the note is in review
        JsonNode card = ok(Http.as("manager").get("/neiqin/api/crm/customers/" + c), 200);
        com.fasterxml.jackson.databind.node.ObjectNode data = (com.fasterxml.jackson.databind.node.ObjectNode) card.get("data")
                .deepCopy();
        data.put("paymentTerms", "PREPAYMENT");
        ok(Http.as("manager").put("/neiqin/api/crm/customers/" + c, JSON, "{\"version\": " + card.get("version").asInt()
                + ", \"customer\": " + data + "}"), 200);
        JsonNode held = ok(Http.as("assistant").get(NOTES + "/" + id), 200);
        assertEquals(held.toString(), "PREPAYMENT", held.get("paymentTerms").asText());
        assertEquals(held.toString(), "HELD", held.get("gate").asText());
        HttpResponse<String> approval = decide("manager", latestReview("logistics.note", id), "APPROVE");
        assertEquals("the approval releases goods, so the gate holds: " + approval.body(), 409, approval.statusCode());
        assertEquals("IN_REVIEW", ok(Http.as("assistant").get(NOTES + "/" + id), 200).get("state").asText());
        ok(step("finance", held, "finance-signature", ""), 200);
        ok(decide("manager", latestReview("logistics.note", id), "APPROVE"), 200);
        JsonNode reviewed = ok(Http.as("assistant").get(NOTES + "/" + id), 200);
        assertEquals("REVIEWED", reviewed.get("state").asText());
        assertEquals("SIGNED", reviewed.get("gate").asText());

        // the customer cancels: a reviewed note is withdrawn by a manager, with a reason that is text
        assertEquals("only 4 t are left while the note holds 6", 409,
                Http.as("assistant").post(NOTES, JSON, note(doc, line)).statusCode());
        assertEquals("the assistant does not withdraw a reviewed note", 403,
                step("assistant", reviewed, "tracking", "\"to\": \"CANCELLED\", \"reason\": \"客户取消\"").statusCode());
        HttpResponse<String> noReason = step("manager", reviewed, "tracking", "\"to\": \"CANCELLED\"");
        assertEquals(noReason.body(), 400, noReason.statusCode());
        assertTrue(noReason.body(), noReason.body().contains("\"field\":\"reason\""));
        HttpResponse<String> nul = step("manager", reviewed, "tracking", "\"to\": \"CANCELLED\", \"reason\": \"客户\\u0000取消\"");
        assertEquals(nul.body(), 400, nul.statusCode());
        assertTrue(nul.body(), nul.body().contains("\"field\":\"reason\"") && nul.body().contains("control character"));
        JsonNode cancelled = ok(step("manager", reviewed, "tracking", "\"to\": \"CANCELLED\", \"reason\": \"客户取消订单\""), 200);
        assertEquals("CANCELLED", cancelled.get("state").asText());
        JsonNode history = ok(Http.as("assistant").get(NOTES + "/" + id + "/history"), 200);
        assertTrue(history.toString(), history.get(history.size() - 1).toString().contains("客户取消订单"));
        // its 6 t are free again: a note for all 10 t is taken
        ok(Http.as("assistant").post(NOTES, JSON, note(doc, "{\"line\": " + order.at("/lines/0/id").asLong()
                + ", \"quantity\": 10}")), 201);
    }

    /**
     * The credit check at release reads what the customer owes from the credit ledger, not from the
     * customer card's figures that the reviewer may read: an assistant who may not read contracts
     * still meets the credit hold when approving the note.
     */
    @Test
    public void aReviewerWhoMayNotReadContractsStillMeetsTheCreditHold() throws Exception {
        long c = customer("本溪信用复核测试公司", "CREDIT", "50000");
        JsonNode order = overLimitInForce(c, "螺纹钢", 13, 4200);
        long doc = order.get("id").asLong();
        JsonNode note = submitted(ok(Http.as("assistant").post(NOTES, JSON, note(doc, "{\"line\": "
                + order.at("/lines/0/id").asLong() + ", \"quantity\": 5}")), 201));

        org.osgi.service.cm.ConfigurationAdmin admin = context.getService(context.getServiceReference(
                org.osgi.service.cm.ConfigurationAdmin.class));
        org.osgi.service.cm.Configuration security = admin.getConfiguration("org.neiqin.security", null);
        java.util.Dictionary<String, Object> was = security.getProperties();
        java.util.Hashtable<String, Object> props = new java.util.Hashtable<>();
        if (was != null) {
            for (java.util.Enumeration<String> k = was.keys(); k.hasMoreElements();) {
                String key = k.nextElement();
                props.put(key, was.get(key));
            }
        }
        props.put("contracts.read", "neiqin-admin, neiqin-manager, neiqin-sales, neiqin-finance, neiqin-auditor");
        security.update(props);
        try {
            org.neiqin.testing.Wait.until("assistants may no longer read contracts", 30,
                    () -> Http.as("assistant2").get(DOCS + "/" + doc).statusCode() == 403);
            ok(decide("assistant2", latestReview("logistics.note", note.get("id").asLong()), "APPROVE"), 200);
            JsonNode held = ok(Http.as("assistant2").get(NOTES + "/" + note.get("id").asLong()), 200);
            assertEquals(held.toString(), "CREDIT_HOLD", held.get("state").asText());
            assertTrue(held.toString(), held.get("creditCheck").asText().contains("credit limit 50,000.00 CNY, open 54,600.00 CNY"));
        } finally {
            props.remove("contracts.read");
            security.update(props);
            org.neiqin.testing.Wait.until("assistants read contracts again", 30,
                    () -> Http.as("assistant2").get(DOCS + "/" + doc).statusCode() == 200);
        }
    }

    /**
     * A credit customer over the limit at release waits for a manager; once it has left, the note keeps
     * who signed for the carrier and the proof of delivery, prints in three copies with its out-slip,
     * tells other modules what was delivered, and raises its events.
     */
    @Test
    public void overTheLimitANoteWaitsForAManagerAndOnceGoneItKeepsItsPapers() throws Exception {
        java.util.concurrent.BlockingQueue<org.osgi.service.event.Event> events = new java.util.concurrent.LinkedBlockingQueue<>();
        java.util.Hashtable<String, Object> topics = new java.util.Hashtable<>();
        topics.put(org.osgi.service.event.EventConstants.EVENT_TOPIC, "neiqin/logistics/note/*");
        org.osgi.framework.ServiceRegistration<org.osgi.service.event.EventHandler> listener = context.registerService(
                org.osgi.service.event.EventHandler.class, events::add, topics);
        byCarrier();
        long c = customer("本溪赊销钢材有限公司", "CREDIT", "50000");
        JsonNode order = orderInForce(c, "CREDIT", "螺纹钢", "10", "4200");
        // a second order takes the customer over the limit; the manager lets it take effect all the same
        overLimitInForce(c, "盘条", 3, 4000);

        JsonNode note = submitted(ok(Http.as("assistant").post(NOTES, JSON, note(order.get("id").asLong(), "{\"line\": "
                + order.at("/lines/0/id").asLong() + ", \"quantity\": 10, \"batch\": \"BX-2026-12\"}")), 201));
        String notePage = "/system/console/neiqin-logistics-note?id=" + note.get("id").asLong();
        String early = Http.as("assistant").get(notePage + "&print=note&lang=en").body();
        assertTrue("a note in review is no shipping paper yet: " + early, early.contains("printed once it is reviewed"));
        ok(decide("manager2", latestReview("logistics.note", note.get("id").asLong()), "APPROVE"), 200);
        JsonNode held = ok(Http.as("assistant").get(NOTES + "/" + note.get("id").asLong()), 200);
        assertEquals(held.toString(), "CREDIT_HOLD", held.get("state").asText());
        assertTrue(held.toString(), held.get("creditCheck").asText().contains("credit limit 50,000.00 CNY, open 54,000.00 CNY"));
        assertTrue(Http.as("manager").get(notePage + "&lang=zh").body().contains("信用待批"));
        assertEquals("held for credit, it does not ship", 409, step("warehouse", held, "warehouse-check", "").statusCode());
        HttpResponse<String> notHers = decide("assistant", latestReview("logistics.credit", note.get("id").asLong()),
                "APPROVE");
        assertTrue("the credit round is the manager's: " + notHers.body(), notHers.statusCode() >= 400);
        ok(decide("manager", latestReview("logistics.credit", note.get("id").asLong()), "APPROVE"), 200);
        JsonNode ready = ok(Http.as("assistant").get(NOTES + "/" + note.get("id").asLong()), 200);
        assertEquals("REVIEWED", ready.get("state").asText());
        assertTrue(ready.get("creditCheck").asText().contains("over-limit approved by manager"));

        JsonNode checked = ok(step("warehouse", ready, "warehouse-check", ""), 200);
        HttpResponse<String> tooEarly = step("assistant", checked, "handover", "\"carrierSignedBy\": \"张师傅\"");
        assertEquals(tooEarly.body(), 409, tooEarly.statusCode());
        JsonNode shipped = ok(step("assistant", checked, "tracking", byCarrier()), 200);
        String id = shipped.get("id").asText();
        assertEquals(400, step("assistant", shipped, "handover", "").statusCode());
        HttpResponse<String> notAScan = Http.as("assistant").put(NOTES + "/" + id + "/proof?version="
                + shipped.get("version").asInt() + "&name=x.txt", "text/plain", "signed, trust me");
        assertEquals(notAScan.body(), 400, notAScan.statusCode());
        assertTrue(notAScan.body(), notAScan.body().contains("PDF, PNG or JPEG"));
        JsonNode signed = ok(step("assistant", shipped, "handover", "\"carrierSignedBy\": \"张师傅\""), 200);
        assertEquals("张师傅", signed.get("carrierSignedBy").asText());
        assertEquals("signed once", 409, step("assistant", signed, "handover", "\"carrierSignedBy\": \"李师傅\"")
                .statusCode());
        HttpResponse<String> none = Http.as("finance").get(NOTES + "/" + id + "/proof");
        assertEquals(none.body(), 404, none.statusCode());
        assertTrue(none.body(), none.body().contains("no proof of delivery yet"));
        String pdf = "%PDF-1.4\n% the customer's signed copy\n%%EOF\n";
        JsonNode proved = ok(Http.as("assistant").put(NOTES + "/" + id + "/proof?version=" + signed.get("version").asInt()
                + "&name=" + java.net.URLEncoder.encode("签收单.pdf", java.nio.charset.StandardCharsets.UTF_8),
                "application/pdf", pdf), 200);
        assertEquals("签收单.pdf", proved.get("proofName").asText());
        HttpResponse<String> back = Http.as("finance").get(NOTES + "/" + id + "/proof");
        assertEquals(200, back.statusCode());
        assertEquals(pdf, back.body());
        assertTrue(back.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        // the same through the console: a photo replaces the scan
        byte[] png = new byte[70_000];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, 0, png, 0, 8);
        png[png.length - 1] = 'Z';
        HttpResponse<String> upload = Http.as("assistant").submitFile(notePage, "proof", "回单.png", png, "action", "handover");
        assertEquals(upload.body(), 302, upload.statusCode());
        assertEquals("回单.png", ok(Http.as("assistant").get(NOTES + "/" + id), 200).get("proofName").asText());
        String photo = Http.as("finance").get(NOTES + "/" + id + "/proof").body();
        assertTrue("the photo comes back whole (kept in parts): " + photo.length(), photo.length() == png.length
                && photo.endsWith("\0Z") && photo.startsWith("\uFFFDPNG"));

        String copies = Http.as("finance").get(notePage + "&print=note&lang=zh").body();
        assertTrue(copies, copies.contains("第一联：承运人联") && copies.contains("第二联：内勤存根联")
                && copies.contains("第三联：财务联") && copies.contains("张师傅") && copies.contains("BX-2026-12"));
        assertTrue("each copy on a sheet of its own, without the console's menus: " + copies,
                copies.contains("neiqin-print") && copies.contains("@media print"));
        String slip = Http.as("assistant").get(notePage + "&print=outSlip&lang=zh").body();
        assertTrue(slip, slip.contains("出库单") && slip.contains("BX-2026-12") && slip.contains("已核实"));

        // the reports: what left today by customer and by product, with a chart, as CSV and Excel; nothing late here
        String reports = "/system/console/neiqin-logistics-reports?lang=en&period=DAY&from=" + TODAY + "&to=" + TODAY;
        String byCustomer = Http.as("manager").get(reports + "&by=CUSTOMER").body();
        assertTrue(byCustomer, byCustomer.contains("本溪赊销钢材有限公司") && byCustomer.contains("42,000.00")
                && byCustomer.contains("neiqin-bar") && byCustomer.contains(TODAY));
        String byProduct = Http.as("sales").get(reports + "&by=PRODUCT&export=deliveries").body();
        assertTrue(byProduct, byProduct.contains("螺纹钢") && byProduct.contains("42000.00"));
        HttpResponse<String> xlsx = Http.as("manager").get(reports + "&by=CARRIER&export=deliveries&format=xlsx");
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.body().startsWith("PK"));
        // money reads with separators on the page and stays a number a spreadsheet sums in the export
        String notesList = "/system/console/neiqin-logistics?lang=en&q=" + shipped.get("code").asText();
        String listPage = Http.as("manager").get(notesList).body();
        assertTrue(listPage, listPage.contains("class=\"neiqin-number\">42,000.00 CNY"));
        String csv = Http.as("manager").get(notesList + "&export=delivery-notes").body();
        assertTrue(csv, csv.contains(",42000.00") && !csv.contains("42,000"));
        assertFalse(Http.as("manager").get(reports.replace("period=DAY", "tab=late")).body().contains(shipped.get("code")
                .asText()));
        String badSpan = Http.as("manager").get("/system/console/neiqin-logistics-reports?lang=en&from=2030-01-01&to=" + TODAY)
                .body();
        assertTrue(badSpan, badSpan.contains("from one date to a later one"));

        org.neiqin.api.logistics.DeliveryService deliveries = context.getService(context.getServiceReference(
                org.neiqin.api.logistics.DeliveryService.class));
        org.neiqin.api.security.SecurityService security = context.getService(context.getServiceReference(
                org.neiqin.api.security.SecurityService.class));
        org.neiqin.api.security.Actor finance = new org.neiqin.api.security.Actor("finance",
                java.util.Set.of(org.neiqin.api.security.Roles.FINANCE));
        List<org.neiqin.api.logistics.LineDelivered> lines = security.runAs(finance, () -> deliveries.delivered(
                order.get("id").asLong()));
        assertEquals(lines.toString(), 1, lines.size());
        assertEquals(0, new java.math.BigDecimal("10").compareTo(lines.get(0).delivered()));
        assertEquals("42000.00 CNY", lines.get(0).value().toString());
        assertEquals("SHIPPED", security.runAs(finance, () -> deliveries.ofDocument(order.get("id").asLong())).get(0).state());

        List<String> heard = new ArrayList<>();
        for (org.osgi.service.event.Event e; (e = events.poll(5, TimeUnit.SECONDS)) != null && heard.size() < 3;) {
            if (id.equals(e.getProperty("documentId"))) {
                heard.add(e.getTopic().substring(e.getTopic().lastIndexOf('/') + 1) + " " + e.getProperty("number")
                        + " " + e.getProperty("orderId").equals(order.get("id").asLong()));
            }
        }
        listener.unregister();
        String code = shipped.get("code").asText();
        assertEquals(List.of("PREPARED " + code + " true", "REVIEWED " + code + " true", "SHIPPED " + code + " true"), heard);
    }

    /** Six assistants prepare notes of 3 t each for one order line of 10 t at the same moment: exactly three win. */
    @Test
    public void notesPreparedAtOnceForOneLineNeverTakeMoreThanWasOrdered() throws Exception {
        long c = customer("抚顺并发采购站", "CREDIT");
        JsonNode order = orderInForce(c, "CREDIT", "钢板", "10", "5000");
        long doc = order.get("id").asLong();
        long line = order.at("/lines/0/id").asLong();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Integer>> tries = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Callable<Integer> prepare = () -> Http.as("assistant").post(NOTES, JSON, note(doc, "{\"line\": " + line
                    + ", \"quantity\": 3}")).statusCode();
            tries.add(pool.submit(prepare));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : tries) {
            statuses.add(f.get(2, TimeUnit.MINUTES));
        }
        pool.shutdown();
        assertEquals("three notes of 3 t fit in 10 t: " + statuses, 3, statuses.stream().filter(s -> s == 201).count());
        assertEquals("the others were told no: " + statuses, 3, statuses.stream().filter(s -> s == 409).count());
        assertEquals(3, ok(Http.as("assistant").get(NOTES + "?document=" + doc), 200).get("total").asInt());
    }
}
