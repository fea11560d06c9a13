package org.neiqin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.neiqin.testing.Conformance;
import org.neiqin.testing.Http;
import org.neiqin.testing.Json;
import org.neiqin.testing.KarafOptions;
import org.neiqin.testing.Narrowed;
import org.neiqin.testing.Shell;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * Invoicing installed by name ({@code neiqin-invoicing}, which brings contracts and crm, no logistics: what was
 * ordered is billed): an invoice request drawn from an order in force, every line checked against the order (product,
 * specification, unit price, quantity left, VAT rate), its VAT per line and the total in capital numerals; reviewed,
 * issued by finance with a gapless number and the buyer's billing data; the fulfilment schedule shows it invoiced; two
 * requests at once never bill a line twice; the console's request grid and invoice page; the shell.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class InvoicingIT {
    private static final String API = "/neiqin/api/invoicing/invoices";
    private static final String DOCS = "/neiqin/api/contracts/documents";
    private static final String JSON = "application/json";
    private static final String TODAY = LocalDate.now().toString();

    @Inject
    private BundleContext context;

    @Inject
    private SessionFactory shell;

    /** The SMTP port GreenMail listens on inside Karaf, chosen by the test driver and passed to the container. */
    private static final String SMTP_PORT = "neiqin.test.smtpPort";

    @Configuration
    public Option[] config() {
        String smtp = String.valueOf(KarafOptions.freePort());
        List<Option> o = new ArrayList<>(List.of(KarafOptions.with("neiqin-invoicing")));
        o.add(org.ops4j.pax.exam.CoreOptions.mavenBundle("com.icegreen", "greenmail").versionAsInProject());
        o.add(org.ops4j.pax.exam.CoreOptions.systemProperty(SMTP_PORT).value(smtp));
        // the company's mail server and the salesperson's address, as an installation sets them in etc/
        o.add(org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut(
                "etc/org.neiqin.mail.cfg", "host", "127.0.0.1"));
        o.add(org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut(
                "etc/org.neiqin.mail.cfg", "port", smtp));
        o.add(org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut(
                "etc/org.neiqin.mail.cfg", "from", "office@neiqin.test"));
        o.add(org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut(
                "etc/org.neiqin.people.cfg", "sales.email", "sales@neiqin.test"));
        // the ladder runs when the test says (neiqin:work), not on its own timer in the middle of a step
        o.add(org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut(
                "etc/org.neiqin.work.cfg", "enabled", "false"));
        return o.toArray(new Option[0]);
    }

    @Before
    public void moduleIsUp() {
        Http.as("admin").awaitAll(90, API, DOCS, "/system/console/neiqin-invoicing", "/system/console/neiqin-invoice?id=0");
    }

    private static JsonNode ok(HttpResponse<String> r, int status) {
        assertEquals(r.body(), status, r.statusCode());
        return Json.parse(r.body());
    }

    private static long customer(String name, String taxNumber) {
        return customer(name, taxNumber, "");
    }

    private static long customer(String name, String taxNumber, String more) {
        return customer(name, taxNumber, more, "CREDIT");
    }

    private static long customer(String name, String taxNumber, String more, String terms) {
        return ok(Http.as("manager").post("/neiqin/api/crm/customers", JSON, "{\"fullName\": \"" + name + "\"," + more
                + " \"lifecycle\": \"EXISTING\", \"nature\": \"GENERAL_COMPANY\", \"paymentTerms\": \"" + terms + "\","
                + " \"creditDays\": 30, \"creditLimit\": " + Json.money("5000000") + ", \"infoSource\": \"VISIT\","
                + " \"region\": \"LN\", \"route\": \"SY\", \"salesperson\": \"sales\", \"address\": \"沈阳市铁西区北二路 18 号\","
                + " \"phone\": \"024-25678901\", \"bankName\": \"中国工商银行沈阳铁西支行\", \"bankAccount\": \"3301001209000123456\""
                + (taxNumber == null ? "" : ", \"taxNumber\": \"" + taxNumber + "\"") + "}"), 201).get("id").asLong();
    }

    /** @return an order in force: lines of product, quantity, unit price (tax included) */
    private static JsonNode orderInForce(long customer, String... lines) {
        List<String> json = new ArrayList<>();
        for (int i = 0; i + 2 < lines.length; i += 3) {
            json.add("{\"product\": \"" + lines[i] + "\", \"spec\": \"Q235B\", \"quantity\": " + lines[i + 1]
                    + ", \"unit\": \"t\", \"unitPrice\": " + Json.money(lines[i + 2]) + "}");
        }
        JsonNode made = ok(Http.as("assistant").post(DOCS, JSON, "{\"kind\": \"ORDER\", \"document\": {\"customerId\": "
                + customer + ", \"documentDate\": \"" + TODAY + "\", \"paymentTerms\": \"CREDIT\"}, \"lines\": ["
                + String.join(", ", json) + "]}"), 201);
        long id = made.get("id").asLong();
        ok(Http.as("assistant").post(DOCS + "/" + id + "/submission", JSON, "{\"version\": " + made.get("version").asInt()
                + "}"), 200);
        decide("manager", latestReview("contracts.order", String.valueOf(id)));
        return ok(Http.as("assistant").get(DOCS + "/" + id), 200);
    }

    private static long latestReview(String type, String documentId) {
        JsonNode inbox = ok(Http.as("manager").get("/neiqin/api/core/reviews"), 200);
        long found = -1;
        for (JsonNode r : inbox) {
            if (r.get("documentType").asText().equals(type) && r.get("documentId").asText().equals(documentId)) {
                found = Math.max(found, r.get("id").asLong());
            }
        }
        assertTrue(type + " " + documentId + " in the inbox: " + inbox, found > 0);
        return found;
    }

    private static void decide(String user, long review) {
        ok(Http.as(user).post("/neiqin/api/core/reviews/" + review + "/decisions", JSON,
                "{\"verdict\": \"APPROVE\", \"reason\": \"checked by " + user + "\"}"), 200);
    }

    /** @return what the credit ledger says the customer owes, as the manager's credit exposure shows it */
    private static String owed(long customer) {
        for (JsonNode row : ok(Http.as("manager").get("/neiqin/api/crm/customers/credit-exposure"), 200)) {
            if (row.get("id").asLong() == customer) {
                return row.at("/outstanding/amount").asText();
            }
        }
        throw new AssertionError("customer " + customer + " not in the credit exposure");
    }

    private static String request(long document, String type, String... lines) {
        return "{\"invoice\": {\"documentId\": " + document + ", \"invoiceType\": \"" + type + "\", \"medium\": \"DIGITAL\"},"
                + " \"lines\": [" + String.join(", ", lines) + "]}";
    }

    private static String line(JsonNode order, int i, String quantity, String more) {
        return "{\"lineKey\": " + order.at("/lines/" + i + "/id").asLong() + ", \"quantity\": " + quantity
                + (more.isEmpty() ? "" : ", " + more) + "}";
    }

    @Test
    public void aRequestCheckedAgainstItsOrderIsReviewedIssuedWithItsNumberAndShowsInTheSchedule() throws Exception {
        long c = customer("沈阳重型机器厂", "912101001175283910");
        JsonNode order = orderInForce(c, "电机", "4", "5200", "电缆", "2.5", "20000.50");
        long doc = order.get("id").asLong();
        Http assistant = Http.as("assistant");

        // every line checked against the order, every problem at once, nothing stored
        HttpResponse<String> bad = assistant.post(API, JSON, request(doc, "SPECIAL",
                line(order, 0, "3", "\"unitPrice\": " + Json.money("5000") + ", \"taxRate\": 13"),
                line(order, 1, "1", "\"product\": \"铜缆\", \"taxRate\": 16"),
                "{\"lineKey\": 987654, \"quantity\": 1, \"taxRate\": 13}", line(order, 0, "1", "")));
        assertEquals(bad.body(), 400, bad.statusCode());
        for (String field : List.of("lines[0].unitPrice", "lines[1].product", "lines[1].taxRate", "lines[2].lineKey",
                "lines[3].lineKey", "lines[3].taxRate")) {
            assertTrue(field + " in " + bad.body(), bad.body().contains("\"" + field + "\""));
        }
        assertTrue(bad.body(), bad.body().contains("the order's unit price is 5200.00, not 5000.00"));
        assertEquals(400, assistant.post(API, JSON, request(doc, "SPECIAL")).statusCode());
        HttpResponse<String> over = assistant.post(API, JSON, request(doc, "SPECIAL", line(order, 0, "5", "\"taxRate\": 13")));
        assertEquals(over.body(), 409, over.statusCode());
        assertTrue(over.body(), over.body().contains("only 4 t left to invoice (ordered 4, invoiced 0)"));
        assertEquals("nothing of a refused request is stored", 0, ok(assistant.get(API + "?document=" + doc), 200)
                .get("total").asInt());

        // 3 of the 4 motors and the cable, 13 %: VAT per line, then summed
        JsonNode draft = ok(assistant.post(API, JSON, request(doc, "SPECIAL", line(order, 0, "3", "\"taxRate\": 13"),
                line(order, 1, "2.5", "\"taxRate\": 13, \"unitPrice\": " + Json.money("20000.50")))), 201);
        assertEquals("DRAFT", draft.get("state").asText());
        assertTrue("a request has no number before it is issued", draft.get("number").isNull());
        assertEquals(List.of("13805.31", "1794.69", "15600.00"), List.of(draft.at("/lines/0/amount/amount").asText(),
                draft.at("/lines/0/tax/amount").asText(), draft.at("/lines/0/total/amount").asText()));
        assertEquals(List.of("58054.20", "7547.05", "65601.25"), List.of(draft.at("/amount/amount").asText(),
                draft.at("/tax/amount").asText(), draft.at("/total/amount").asText()));
        assertEquals("陆万伍仟陆佰零壹元贰角伍分", draft.get("totalInWords").asText());
        HttpResponse<String> twice = assistant.post(API, JSON, request(doc, "SPECIAL", line(order, 0, "2", "\"taxRate\": 13")));
        assertEquals("only one motor is left to bill: " + twice.body(), 409, twice.statusCode());

        // reviewed, then issued by finance only
        long id = draft.get("id").asLong();
        JsonNode sent = ok(assistant.post(API + "/" + id + "/submission", JSON, "{\"version\": " + draft.get("version") + "}"),
                200);
        assertEquals("IN_REVIEW", sent.get("state").asText());
        decide("manager", latestReview("invoicing.invoice", String.valueOf(id)));
        JsonNode approved = ok(assistant.get(API + "/" + id), 200);
        assertEquals("APPROVED", approved.get("state").asText());
        assertTrue("finance's home page counts what waits to be issued", Http.as("finance").get("/system/console/neiqin"
                + "?lang=en").body().contains("Reviewed invoices to issue"));
        assertEquals(403, assistant.post(API + "/" + id + "/issue", JSON, "{\"version\": " + approved.get("version") + "}")
                .statusCode());
        JsonNode issued = ok(Http.as("finance").post(API + "/" + id + "/issue", JSON, "{\"version\": "
                + approved.get("version") + "}"), 200);
        assertEquals("ISSUED", issued.get("state").asText());
        assertTrue(issued.toString(), issued.get("number").asText().matches("FP" + LocalDate.now().getYear() + "-\\d{6}"));
        assertEquals("the buyer as the customer file says today", List.of("沈阳重型机器厂", "912101001175283910",
                "中国工商银行沈阳铁西支行"), List.of(issued.get("buyerName").asText(), issued.get("buyerTaxNumber").asText(),
                issued.get("buyerBank").asText()));
        assertEquals(LocalDate.now().plusDays(30).toString(), issued.get("dueDate").asText());
        JsonNode schedule = ok(assistant.get(DOCS + "/" + doc + "/schedule"), 200);
        assertEquals("the schedule shows what was invoiced: " + schedule, "65601.25", schedule.at("/invoiced/amount").asText());
        assertTrue(schedule.get("sources").toString().contains("invoicing"));

        // the official number: digits only, not before issue nor in the future
        String official = API + "/" + id + "/official";
        assertEquals(400, Http.as("finance").put(official, JSON, "{\"version\": " + issued.get("version")
                + ", \"data\": {\"officialNumber\": \"FP-12\", \"officialDate\": \"" + TODAY + "\"}}").statusCode());
        assertEquals(400, Http.as("finance").put(official, JSON, "{\"version\": " + issued.get("version")
                + ", \"data\": {\"officialNumber\": \"26212000000000123456\", \"officialDate\": \""
                + LocalDate.now().plusDays(1) + "\"}}").statusCode());
        JsonNode recorded = ok(Http.as("finance").put(official, JSON, "{\"version\": " + issued.get("version")
                + ", \"data\": {\"officialNumber\": \"26212000000000123456\", \"officialDate\": \"" + TODAY + "\"}}"), 200);
        assertEquals("26212000000000123456", recorded.get("officialNumber").asText());
        assertTrue(ok(assistant.get(API + "/" + id + "/history"), 200).toString().contains("26212000000000123456"));

        // the issued invoice goes back through the office, which sends it and records its arrival
        assertTrue("the office's home page counts the invoices to send", Http.as("assistant").get("/system/console/neiqin"
                + "?lang=en").body().contains("Issued invoices to send to the customer"));
        String sending = API + "/" + id + "/sending";
        assertEquals(400, assistant.post(sending, JSON, "{\"version\": " + recorded.get("version") + ", \"data\":"
                + " {\"sentOn\": \"" + LocalDate.now().minusDays(1) + "\", \"courier\": \"顺丰速运\"}}").statusCode());
        assertEquals(400, assistant.post(sending, JSON, "{\"version\": " + recorded.get("version") + ", \"data\":"
                + " {\"sentOn\": \"" + TODAY + "\"}}").statusCode());
        JsonNode posted = ok(assistant.post(sending, JSON, "{\"version\": " + recorded.get("version") + ", \"data\":"
                + " {\"sentOn\": \"" + TODAY + "\", \"courier\": \"顺丰速运\", \"waybill\": \"SF1234567890\"}}"), 200);
        assertEquals(List.of(TODAY, "顺丰速运", "SF1234567890"), List.of(posted.at("/sending/sentOn").asText(),
                posted.at("/sending/courier").asText(), posted.at("/sending/waybill").asText()));
        assertEquals(409, assistant.post(sending, JSON, "{\"version\": " + posted.get("version") + ", \"data\":"
                + " {\"sentOn\": \"" + TODAY + "\", \"courier\": \"EMS\"}}").statusCode());
        JsonNode arrived = ok(assistant.post(API + "/" + id + "/arrival", JSON, "{\"version\": " + posted.get("version")
                + ", \"data\": {\"arrivedOn\": \"" + TODAY + "\"}}"), 200);
        assertEquals(TODAY, arrived.at("/sending/receivedOn").asText());
        recorded = arrived;

        // money received: matched to the invoice, the rest an advance; what the customer owes is counted once
        assertEquals("invoiced and not yet invoiced together are the order's value, never twice", "70801.25", owed(c));
        String receipts = "/neiqin/api/invoicing/receipts";
        String money = "{\"customerId\": " + c + ", \"receivedOn\": \"" + TODAY + "\", \"method\": \"BANK_TRANSFER\","
                + " \"amount\": " + Json.money("70000") + ", \"reference\": \"ICBC-20261207-0042\"}";
        assertEquals("finance records money, not the office", 403, assistant.post(receipts, JSON, money).statusCode());
        assertEquals(400, Http.as("finance").post(receipts, JSON, money.replace(TODAY, LocalDate.now().plusDays(1)
                .toString())).statusCode());
        JsonNode receipt = ok(Http.as("finance").post(receipts, JSON, money), 201);
        String match = receipts + "/" + receipt.get("id") + "/allocations";
        HttpResponse<String> tooMuch = Http.as("finance").post(match, JSON, "{\"version\": " + receipt.get("version")
                + ", \"allocations\": [{\"invoiceId\": " + id + ", \"amount\": " + Json.money("65601.26") + "}]}");
        assertEquals(tooMuch.body(), 409, tooMuch.statusCode());
        assertTrue(tooMuch.body(), tooMuch.body().contains("has 65601.25 outstanding"));
        JsonNode matched = ok(Http.as("finance").post(match, JSON, "{\"version\": " + receipt.get("version")
                + ", \"allocations\": [{\"invoiceId\": " + id + ", \"amount\": " + Json.money("65601.25") + "}]}"), 200);
        assertEquals("what is not matched stays as an advance", "4398.75", matched.at("/unapplied/amount").asText());
        JsonNode paid = ok(assistant.get(API + "/" + id), 200);
        assertEquals(List.of("65601.25", "0.00"), List.of(paid.at("/paid/amount").asText(),
                paid.at("/outstanding/amount").asText()));
        assertEquals("the schedule shows what was paid", "65601.25", ok(assistant.get(DOCS + "/" + doc + "/schedule"), 200)
                .at("/paid/amount").asText());
        assertEquals("the order less what was received", "801.25", owed(c));
        String card = Http.as("finance").get("/system/console/neiqin-customer?id=" + c + "&lang=en").body();
        assertTrue("the customer's card shows what is owed on invoices and the last money received: " + card,
                card.contains("Owed on invoices (less advances)") && card.contains("-4,398.75 CNY")
                        && card.contains(TODAY + " — 70,000.00 CNY"));
        HttpResponse<String> again = Http.as("finance").post(match, JSON, "{\"version\": " + matched.get("version")
                + ", \"allocations\": [{\"invoiceId\": " + id + ", \"amount\": " + Json.money("1") + "}]}");
        assertEquals("a paid invoice takes no more: " + again.body(), 409, again.statusCode());
        // a match undone with a reason: the invoice owes the money again, the receipt has it to match; then matched again
        String unmatching = receipts + "/" + receipt.get("id") + "/unmatching";
        String undo = "{\"version\": " + matched.get("version") + ", \"invoiceId\": " + id + ", \"reason\": \"%s\"}";
        assertEquals(400, Http.as("finance").post(unmatching, JSON, String.format(undo, " ")).statusCode());
        assertEquals(403, assistant.post(unmatching, JSON, String.format(undo, "核销错票")).statusCode());
        JsonNode undone = ok(Http.as("finance").post(unmatching, JSON, String.format(undo, "核销错票")), 200);
        assertEquals("70000.00", undone.at("/unapplied/amount").asText());
        assertEquals("65601.25", ok(assistant.get(API + "/" + id), 200).at("/outstanding/amount").asText());
        assertTrue(ok(assistant.get(API + "/" + id + "/history"), 200).toString().contains("核销错票"));
        assertEquals(409, Http.as("finance").post(unmatching, JSON, "{\"version\": " + undone.get("version")
                + ", \"invoiceId\": " + id + ", \"reason\": \"again\"}").statusCode());
        ok(Http.as("finance").post(match, JSON, "{\"version\": " + undone.get("version") + ", \"allocations\":"
                + " [{\"invoiceId\": " + id + ", \"amount\": " + Json.money("65601.25") + "}]}"), 200);

        // the console: the invoice with its VAT and the total in words; the order's page links it
        String page = Http.as("finance").get("/system/console/neiqin-invoice?id=" + id + "&lang=zh").body();
        assertTrue(page, page.contains(issued.get("number").asText()) && page.contains("陆万伍仟陆佰零壹元贰角伍分")
                && page.contains("价税合计") && page.contains("912101001175283910"));
        String orderPage = assistant.get("/system/console/neiqin-contract?id=" + doc + "&tab=schedule&lang=en").body();
        assertTrue(orderPage, orderPage.contains("Invoice " + issued.get("number").asText())
                && orderPage.contains("neiqin-invoice?document=" + doc));
    }

    /**
     * Record scopes reach the invoices: an assistant narrowed to their own records ({@code scope.neiqin-assistant =
     * own}) is the salesperson of no order here, so they meet none of its invoices — not listed, not by id — and a
     * request for another salesperson's order is refused (rule {@code scope}) and stores nothing; the manager, not
     * narrowed, still sees the draft.
     */
    @Test
    public void anAssistantNarrowedToTheirOwnRecordsMeetsNoInvoiceOfAnotherSalesperson() throws Exception {
        long c = customer("范围开票客户", "912106001175283913");
        JsonNode order = orderInForce(c, "螺纹钢", "3", "4000");
        long doc = order.get("id").asLong();
        JsonNode draft = ok(Http.as("assistant").post(API, JSON, request(doc, "ORDINARY",
                line(order, 0, "1", "\"taxRate\": 13"))), 201);
        String one = API + "/" + draft.get("id").asLong();
        Http assistant = Http.as("assistant");
        try (Narrowed narrowed = Narrowed.role(context, "neiqin-assistant", "own")) {
            assistant.await(one, r -> r.statusCode() == 404, 30);
            assertFalse("not listed", assistant.get(API + "?q=范围开票客户").body().contains("范围开票客户"));
            int before = ok(Http.as("manager").get(API + "?q=范围开票客户"), 200).get("total").asInt();
            HttpResponse<String> refused = assistant.post(API, JSON, request(doc, "ORDINARY",
                    line(order, 0, "1", "\"taxRate\": 13")));
            assertEquals(refused.body(), 400, refused.statusCode());
            assertTrue(refused.body(), refused.body().contains("\"rule\":\"scope\""));
            assertEquals("nothing stored", before, ok(Http.as("manager").get(API + "?q=范围开票客户"), 200).get("total")
                    .asInt());
            assertEquals(200, Http.as("manager").get(one).statusCode());
        }
        assistant.await(one, r -> r.statusCode() == 200, 30);
    }

    @Test
    public void theConsoleDrawsAnOrdersLinesAsAGridAndAWithdrawnRequestFreesWhatItBilled() {
        long c = customer("铁岭五金批发部", null);
        JsonNode order = orderInForce(c, "角钢", "10", "4100", "扁钢", "6", "3900");
        long doc = order.get("id").asLong();
        String form = "/system/console/neiqin-invoice?document=" + doc;
        String drawn = Http.as("assistant").get(form + "&lang=en").body();
        assertTrue(drawn, drawn.contains("10 t (ordered 10, invoiced 0)") && drawn.contains("name=\"lines[1].quantity\""));
        HttpResponse<String> missing = Http.as("assistant").submit(form, "action", "create", "documentId",
                String.valueOf(doc), "invoiceType", "ORDINARY", "medium", "PAPER", "note", "",
                "lines[0].lineKey", order.at("/lines/0/id").asText(), "lines[0].quantity", "", "lines[0].taxRate", "",
                "lines[1].lineKey", order.at("/lines/1/id").asText(), "lines[1].quantity", "6", "lines[1].taxRate", "");
        assertEquals("a refused grid comes back drawn again", 200, missing.statusCode());
        assertTrue("the rate is asked of the row the user filled: " + missing.body(),
                missing.body().contains("choose its VAT rate"));
        HttpResponse<String> made = Http.as("assistant").submit(form, "action", "create", "documentId",
                String.valueOf(doc), "invoiceType", "ORDINARY", "medium", "PAPER", "note", "月底前开",
                "lines[0].lineKey", order.at("/lines/0/id").asText(), "lines[0].quantity", "", "lines[0].taxRate", "",
                "lines[1].lineKey", order.at("/lines/1/id").asText(), "lines[1].quantity", "6", "lines[1].taxRate", "13");
        assertEquals(made.body(), 302, made.statusCode());
        JsonNode request = ok(Http.as("assistant").get(API + "?document=" + doc), 200).at("/rows/0");
        assertEquals("23400.00", request.at("/total/amount").asText());
        assertTrue(Http.as("assistant").get(form + "&lang=en").body().contains("0 t (ordered 6, invoiced 6)"));
        long id = request.get("id").asLong();
        assertEquals(400, Http.as("assistant").post(API + "/" + id + "/cancellation", JSON, "{\"version\": "
                + request.get("version") + ", \"reason\": \"\"}").statusCode());
        JsonNode withdrawn = ok(Http.as("assistant").post(API + "/" + id + "/cancellation", JSON, "{\"version\": "
                + request.get("version") + ", \"reason\": \"客户要求改开专票\"}"), 200);
        assertEquals("CANCELLED", withdrawn.get("state").asText());
        assertTrue("what a withdrawn request billed is free again", Http.as("assistant").get(form + "&lang=en").body()
                .contains("6 t (ordered 6, invoiced 0)"));
        // a special invoice needs the buyer's tax number, which this customer's file lacks
        JsonNode special = ok(Http.as("assistant").post(API, JSON, request(doc, "SPECIAL", line(order, 0, "1",
                "\"taxRate\": 13"))), 201);
        ok(Http.as("assistant").post(API + "/" + special.get("id") + "/submission", JSON, "{\"version\": "
                + special.get("version") + "}"), 200);
        decide("manager", latestReview("invoicing.invoice", special.get("id").asText()));
        JsonNode approved = ok(Http.as("finance").get(API + "/" + special.get("id")), 200);
        HttpResponse<String> refused = Http.as("finance").post(API + "/" + special.get("id") + "/issue", JSON,
                "{\"version\": " + approved.get("version") + "}");
        assertEquals(refused.body(), 409, refused.statusCode());
        assertTrue(refused.body(), refused.body().contains("buyer's tax number"));
        assertEquals("APPROVED", ok(Http.as("finance").get(API + "/" + special.get("id")), 200).get("state").asText());
    }

    /** Run a request through review and finance: @return the invoice issued */
    private static JsonNode issued(JsonNode draft) {
        ok(Http.as("assistant").post(API + "/" + draft.get("id") + "/submission", JSON, "{\"version\": "
                + draft.get("version") + "}"), 200);
        decide("manager", latestReview("invoicing.invoice", draft.get("id").asText()));
        JsonNode approved = ok(Http.as("finance").get(API + "/" + draft.get("id")), 200);
        return ok(Http.as("finance").post(API + "/" + draft.get("id") + "/issue", JSON, "{\"version\": "
                + approved.get("version") + "}"), 200);
    }

    @Test
    public void anIssuedInvoiceIsCorrectedByARedLetterCreditNoteNeverBeyondWhatItBilled() {
        long c = customer("本溪钢材经销处", "912105001175283912");
        JsonNode order = orderInForce(c, "螺纹钢", "10", "4100");
        long doc = order.get("id").asLong();
        JsonNode invoice = issued(ok(Http.as("assistant").post(API, JSON, request(doc, "SPECIAL",
                line(order, 0, "10", "\"taxRate\": 13"))), 201));
        long id = invoice.get("id").asLong();
        String credit = API + "/" + id + "/credit-notes";
        assertEquals("a credit note says why", 400, Http.as("assistant").post(credit, JSON,
                "{\"reason\": \"\", \"lines\": [{\"lineNo\": 1, \"quantity\": 3}]}").statusCode());
        HttpResponse<String> tooMuch = Http.as("assistant").post(credit, JSON,
                "{\"reason\": \"退货\", \"lines\": [{\"lineNo\": 1, \"quantity\": 11}]}");
        assertEquals(tooMuch.body(), 409, tooMuch.statusCode());
        assertTrue(tooMuch.body(), tooMuch.body().contains("only 10 t left to credit"));
        JsonNode note = ok(Http.as("assistant").post(credit, JSON,
                "{\"reason\": \"客户退回 3 吨 / 3 t returned\", \"lines\": [{\"lineNo\": 1, \"quantity\": 3}]}"), 201);
        assertEquals(List.of("DRAFT", String.valueOf(id), "-3", "-12300.00", "-1415.04"), List.of(note.get("state").asText(),
                note.get("creditOf").asText(), note.at("/lines/0/quantity").decimalValue().stripTrailingZeros()
                        .toPlainString(), note.at("/total/amount").asText(), note.at("/tax/amount").asText()));
        assertEquals("负壹万贰仟叁佰元整", note.get("totalInWords").asText());
        HttpResponse<String> beyond = Http.as("assistant").post(credit, JSON,
                "{\"reason\": \"再退\", \"lines\": [{\"lineNo\": 1, \"quantity\": 8}]}");
        assertEquals("3 t are being credited already: 7 are left", 409, beyond.statusCode());
        JsonNode issuedNote = issued(note);
        assertTrue(issuedNote.get("number").asText().startsWith("FP"));
        JsonNode corrected = ok(Http.as("assistant").get(API + "/" + id), 200);
        assertEquals("the invoice less what the credit note took off", "28700.00",
                corrected.at("/outstanding/amount").asText());
        assertEquals("the schedule nets the credit note", "28700.00",
                ok(Http.as("assistant").get(DOCS + "/" + doc + "/schedule"), 200).at("/invoiced/amount").asText());
        assertEquals("the order's value is owed once: 28 700 invoiced, 12 300 not (any more)", "41000.00", owed(c));
        assertTrue("what was taken back may be billed again", Http.as("assistant").get("/system/console/neiqin-invoice?document="
                + doc + "&lang=en").body().contains("3 t (ordered 10, invoiced 7)"));
        assertEquals("a credit note is not credited", 409, Http.as("assistant").post(API + "/" + issuedNote.get("id")
                + "/credit-notes", JSON, "{\"reason\": \"x\", \"lines\": [{\"lineNo\": 1, \"quantity\": 1}]}")
                .statusCode());
        String page = Http.as("finance").get("/system/console/neiqin-invoice?id=" + issuedNote.get("id") + "&lang=zh").body();
        assertTrue(page, page.contains("冲红") && page.contains("客户退回 3 吨"));
    }

    /** Six clerks request an invoice for 3 t each of one line of 10 t at the same moment: exactly three win. */
    @Test
    public void requestsMadeAtOnceForOneLineNeverBillMoreThanWasOrdered() throws Exception {
        long c = customer("抚顺并发开票站", "912104001175283911");
        JsonNode order = orderInForce(c, "钢板", "10", "5000");
        long doc = order.get("id").asLong();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Integer>> tries = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Callable<Integer> ask = () -> Http.as("assistant").post(API, JSON, request(doc, "SPECIAL",
                    line(order, 0, "3", "\"taxRate\": 13"))).statusCode();
            tries.add(pool.submit(ask));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : tries) {
            statuses.add(f.get(2, TimeUnit.MINUTES));
        }
        pool.shutdown();
        assertEquals("three requests of 3 t fit in 10 t: " + statuses, 3, statuses.stream().filter(s -> s == 201).count());
        assertEquals("the others were told no: " + statuses, 3, statuses.stream().filter(s -> s == 409).count());
        assertEquals(3, ok(Http.as("assistant").get(API + "?document=" + doc), 200).get("total").asInt());
    }

    @Test
    public void theShellListsInvoicesForTheRolesItsAclNamesAndTheModuleConformsToTheRules() throws Exception {
        Shell.awaitAcl(shell, "finance", "neiqin-finance", "invoicing:list", 30);
        String listed = Shell.run(shell, "finance", "neiqin-finance", "invoicing:list");
        assertTrue(listed, listed.contains("invoices"));
        assertTrue("the ACL keeps the warehouse out", Shell.run(shell, "warehouse", "neiqin-warehouse", "invoicing:list")
                .contains("Command not found"));
        assertEquals(List.of(), Conformance.problems(context, "org.neiqin.invoicing"));
    }

    /** @return an issued invoice billing the whole of a new order of the customer (one line, 13 %) */
    private static JsonNode issuedInvoice(long customer, String product, String quantity, String price) {
        JsonNode order = orderInForce(customer, product, quantity, price);
        JsonNode draft = ok(Http.as("assistant").post(API, JSON, request(order.get("id").asLong(), "ORDINARY",
                line(order, 0, quantity, "\"taxRate\": 13"))), 201);
        long id = draft.get("id").asLong();
        ok(Http.as("assistant").post(API + "/" + id + "/submission", JSON, "{\"version\": " + draft.get("version") + "}"),
                200);
        decide("manager", latestReview("invoicing.invoice", String.valueOf(id)));
        JsonNode approved = ok(Http.as("assistant").get(API + "/" + id), 200);
        return ok(Http.as("finance").post(API + "/" + id + "/issue", JSON, "{\"version\": " + approved.get("version")
                + "}"), 200);
    }

    private String ladder() throws Exception {
        return Shell.run(shell, "admin", "neiqin-admin", "neiqin:work invoicing.collection");
    }

    private static List<JsonNode> steps(String user, long invoice) {
        List<JsonNode> out = new ArrayList<>();
        ok(Http.as(user).get("/neiqin/api/invoicing/collection/invoices/" + invoice), 200).forEach(out::add);
        return out;
    }

    /**
     * The collection ladder on the company clock, as scheduled work run by {@code neiqin:work}: on the due date
     * nothing; at due + 7 days the salesperson is reminded by mail (once, however often the ladder runs); at due + 8 the
     * overdue report waits for the salesperson, who files it; at due + one calendar month nothing more, the day after
     * the overdue letter with the statement of account goes to the customer's address and puts the customer on credit
     * stop, which holds a new order for a manager until the invoice is paid. Every mail arrives on a real SMTP server.
     */
    @Test
    public void theLadderRemindsAtDaySevenAsksForTheReportAtDayEightAndWritesToTheCustomerAfterOneCalendarMonth()
            throws Exception {
        com.icegreen.greenmail.util.GreenMail smtp = new com.icegreen.greenmail.util.GreenMail(
                new com.icegreen.greenmail.util.ServerSetup(Integer.getInteger(SMTP_PORT), "127.0.0.1", "smtp"));
        smtp.start();
        org.neiqin.api.time.CompanyClock company = context.getService(context.getServiceReference(
                org.neiqin.api.time.CompanyClock.class));
        try (org.neiqin.testing.TestClock clock = org.neiqin.testing.TestClock.install(context)) {
            long c = customer("鞍山冶金设备公司", "912103001175283911", " \"email\": \"caiwu@anye.example\",");
            JsonNode invoice = issuedInvoice(c, "轧辊", "2", "30000");
            long id = invoice.get("id").asLong();
            String number = invoice.get("number").asText();
            LocalDate due = LocalDate.parse(invoice.get("dueDate").asText());

            clock.moveTo(due, company);
            String ran = ladder();
            assertTrue(ran, ran.contains("steps reached") && !ran.contains("FAILED"));
            assertEquals("on the due date nothing is overdue", List.of(), steps("assistant", id));

            clock.moveTo(due.plusDays(7), company);
            ladder();
            List<JsonNode> seven = steps("assistant", id);
            assertEquals(seven.toString(), 1, seven.size());
            assertEquals(List.of("REMIND", "SENT", "sales@neiqin.test", "system"), List.of(seven.get(0).get("step").asText(),
                    seven.get(0).get("mailState").asText(), seven.get(0).get("mailTo").asText(),
                    seven.get(0).get("doneBy").asText()));
            assertTrue("a second run the same day does nothing again", ladder().contains("0 steps reached, 0 mails sent"));
            List<javax.mail.internet.MimeMessage> mails = about(smtp, number);
            assertEquals(1, mails.size());
            assertEquals("sales@neiqin.test", mails.get(0).getAllRecipients()[0].toString());
            assertTrue(mails.get(0).getSubject(), mails.get(0).getSubject().contains("回款提醒"));

            clock.moveTo(due.plusDays(8), company);
            ladder();
            JsonNode report = steps("sales", id).get(1);
            assertEquals(List.of("REPORT", "NONE", "true"), List.of(report.get("step").asText(),
                    report.get("mailState").asText(), report.get("open").asText()));
            String board = "/neiqin/api/invoicing/collection/steps";
            assertTrue("the salesperson's board shows the report to file", ok(Http.as("sales").get(board), 200).toString()
                    .contains("\"id\":" + report.get("id")));
            assertTrue("the home page counts it", Http.as("sales").get("/system/console/neiqin?lang=en").body()
                    .contains("Collection steps waiting for you"));
            String file = board + "/" + report.get("id") + "/report";
            String promised = due.plusDays(20).toString();
            HttpResponse<String> byOffice = Http.as("assistant").post(file, JSON, "{\"version\": " + report.get("version")
                    + ", \"data\": {\"reason\": \"客户资金紧张\", \"promisedOn\": \"" + promised + "\"}}");
            assertEquals("the salesperson files it, not the office: " + byOffice.body(), 403, byOffice.statusCode());
            HttpResponse<String> past = Http.as("sales").post(file, JSON, "{\"version\": " + report.get("version")
                    + ", \"data\": {\"reason\": \"客户资金紧张\", \"promisedOn\": \"" + due + "\"}}");
            assertEquals(past.body(), 400, past.statusCode());
            assertTrue(past.body(), past.body().contains("promisedOn"));
            assertEquals(400, Http.as("sales").post(file, JSON, "{\"version\": " + report.get("version")
                    + ", \"data\": {\"reason\": \" \", \"promisedOn\": \"" + promised + "\"}}").statusCode());
            JsonNode filed = ok(Http.as("sales").post(file, JSON, "{\"version\": " + report.get("version")
                    + ", \"data\": {\"reason\": \"客户资金紧张，月底付款\", \"promisedOn\": \"" + promised + "\"}}"), 200);
            assertEquals(List.of("sales", "false"), List.of(filed.get("doneBy").asText(), filed.get("open").asText()));
            assertTrue(ok(Http.as("assistant").get(API + "/" + id + "/history"), 200).toString().contains("客户资金紧张，月底付款"));

            // one calendar month, not 30 days: nothing at due + 1 month, the letter the day after
            clock.moveTo(due.plusMonths(1), company);
            ladder();
            assertEquals("no letter at due + one month itself", 2, steps("assistant", id).size());
            String order = "{\"kind\": \"ORDER\", \"document\": {\"customerId\": " + c + ", \"documentDate\": \""
                    + due.plusMonths(1) + "\", \"paymentTerms\": \"CREDIT\"}, \"lines\": [{\"product\": \"轴承\","
                    + " \"quantity\": 1, \"unit\": \"套\", \"unitPrice\": " + Json.money("800") + "}]}";
            clock.moveTo(due.plusMonths(1).plusDays(1), company);
            ladder();
            JsonNode letter = steps("assistant", id).get(2);
            assertEquals(List.of("LETTER", "SENT", "caiwu@anye.example"), List.of(letter.get("step").asText(),
                    letter.get("mailState").asText(), letter.get("mailTo").asText()));
            mails = about(smtp, number);
            assertEquals(2, mails.size());
            assertEquals("caiwu@anye.example", mails.get(1).getAllRecipients()[0].toString());
            assertTrue(mails.get(1).getSubject(), mails.get(1).getSubject().contains("逾期回款函"));
            // javax.mail finds its content handlers through the context class loader (STACK.md): its own while reading
            Thread.currentThread().setContextClassLoader(javax.mail.Session.class.getClassLoader());
            javax.mail.internet.MimeMultipart parts = (javax.mail.internet.MimeMultipart) mails.get(1).getContent();
            assertEquals("the letter and the statement attached", 2, parts.getCount());
            assertTrue(parts.getBodyPart(1).getFileName(), javax.mail.internet.MimeUtility.decodeText(
                    parts.getBodyPart(1).getFileName()).startsWith("对账单"));
            String statement = new String(parts.getBodyPart(1).getInputStream().readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(statement, statement.contains("货款往来对账单") && statement.contains(number)
                    && statement.contains("60,000.00"));

            // credit stop: a new order waits for a manager's credit approval until the invoice is paid
            JsonNode held = confirmed(order.replace(due.plusMonths(1).toString(), due.plusMonths(1).plusDays(1).toString()));
            assertEquals(held.toString(), "CREDIT_HOLD", held.get("state").asText());
            assertTrue(held.toString(), held.get("creditCheck").asText().contains("credit stop"));
            assertTrue("the customer card says why", Http.as("manager").get("/system/console/neiqin-customer?id=" + c
                    + "&lang=en").body().contains(number));
            // the ageing as of the letter's day: the invoice in the bucket of its days past due, every row's buckets
            // adding up to its total and every bucket to the total row's
            LocalDate letterDay = due.plusMonths(1).plusDays(1);
            String ageing = "/neiqin/api/invoicing/collection/ageing";
            JsonNode aged = ok(Http.as("manager").get(ageing), 200);
            JsonNode row = null;
            for (JsonNode r : aged.get("rows")) {
                row = r.get("key").asText().equals(String.valueOf(c)) ? r : row;
            }
            assertTrue(aged.toString(), row != null && "60000.00".equals(row.at("/total/amount").asText()));
            long days = java.time.temporal.ChronoUnit.DAYS.between(due, letterDay);
            assertEquals(aged.get("buckets").toString(), days <= 30 ? "1–30" : "31–60", aged.at("/buckets/"
                    + (days <= 30 ? 1 : 2)).asText());
            assertEquals(row.toString(), "60000.00", row.at("/buckets/" + (days <= 30 ? 1 : 2) + "/amount").asText());
            java.math.BigDecimal all = java.math.BigDecimal.ZERO;
            for (int k = 0; k < aged.get("buckets").size(); k++) {
                java.math.BigDecimal column = java.math.BigDecimal.ZERO;
                for (JsonNode r : aged.get("rows")) {
                    column = column.add(new java.math.BigDecimal(r.at("/buckets/" + k + "/amount").asText()));
                }
                assertEquals("bucket " + k + " of the total row", 0, column.compareTo(new java.math.BigDecimal(
                        aged.at("/total/buckets/" + k + "/amount").asText())));
                all = all.add(column);
            }
            assertEquals("the buckets add up to what is owed", 0, all.compareTo(new java.math.BigDecimal(
                    aged.at("/total/total/amount").asText())));
            assertEquals(400, Http.as("manager").get(ageing + "?asOf=" + letterDay.plusDays(1)).statusCode());
            assertEquals(400, Http.as("manager").get(ageing + "?by=COLOUR").statusCode());
            assertEquals(400, Http.as("manager").get("/neiqin/api/invoicing/collection/plan?month=2026-13").statusCode());

            String receipts = "/neiqin/api/invoicing/receipts";
            JsonNode receipt = ok(Http.as("finance").post(receipts, JSON, "{\"customerId\": " + c + ", \"receivedOn\": \""
                    + due.plusMonths(1).plusDays(1) + "\", \"method\": \"BANK_TRANSFER\", \"amount\": "
                    + Json.money("60000") + "}"), 201);
            ok(Http.as("finance").post(receipts + "/" + receipt.get("id") + "/allocations", JSON, "{\"version\": "
                    + receipt.get("version") + ", \"allocations\": [{\"invoiceId\": " + id + ", \"amount\": "
                    + Json.money("60000") + "}]}"), 200);
            // paid: gone from today's ageing, still in yesterday's; the statement shows invoice, receipt and nothing owed
            assertFalse(ok(Http.as("manager").get(ageing), 200).get("rows").toString().contains("\"key\":\"" + c + "\""));
            assertTrue(ok(Http.as("manager").get(ageing + "?asOf=" + letterDay.minusDays(1)), 200).get("rows").toString()
                    .contains("\"key\":\"" + c + "\""));
            String statements = "/neiqin/api/invoicing/collection/statements/" + c;
            JsonNode account = ok(Http.as("assistant").get(statements + "?from=" + invoice.get("issuedOn").asText()), 200);
            assertEquals(account.toString(), List.of("0.00", "INVOICE", "RECEIPT", "60000.00", "60000.00", "0.00"),
                    List.of(account.at("/opening/amount").asText(), account.at("/entries/0/kind").asText(),
                            account.at("/entries/1/kind").asText(), account.at("/invoiced/amount").asText(),
                            account.at("/received/amount").asText(), account.at("/closing/amount").asText()));
            assertEquals(400, Http.as("assistant").get(statements + "?from=" + letterDay + "&to=" + due).statusCode());
            assertEquals(404, Http.as("assistant").get("/neiqin/api/invoicing/collection/statements/987654").statusCode());
            JsonNode plan = ok(Http.as("manager").get("/neiqin/api/invoicing/collection/plan?month="
                    + java.time.YearMonth.from(letterDay)), 200);
            boolean planned = false;
            for (JsonNode l : plan.get("lines")) {
                if (l.get("invoiceId").asLong() == id) {
                    planned = true;
                    assertEquals(l.toString(), List.of("60000.00", "60000.00", "0.00"), List.of(l.at("/planned/amount")
                            .asText(), l.at("/collected/amount").asText(), l.at("/outstanding/amount").asText()));
                }
            }
            assertTrue("the month's plan holds the overdue invoice: " + plan, planned);
            String page = Http.as("manager").get("/system/console/neiqin-receivables?tab=plan&month="
                    + java.time.YearMonth.from(letterDay) + "&lang=zh").body();
            assertTrue(page, page.contains("月回款计划") && page.contains(number));

            JsonNode free = confirmed(order.replace(due.plusMonths(1).toString(), due.plusMonths(1).plusDays(1).toString()));
            assertEquals("paid: the stop is lifted " + free, "EFFECTIVE", free.get("state").asText());
            assertTrue("a paid invoice waits for nobody", ok(Http.as("assistant").get(board), 200).toString()
                    .indexOf("\"invoiceId\":" + id + ",") < 0);
        } finally {
            smtp.stop();
        }
    }

    /**
     * A line billed at another price than its order's: refused until a manager approved that price correction in the
     * review inbox, then billed at it, and the request still agrees with its order when it is sent for review.
     */
    @Test
    public void aPriceOtherThanTheOrdersIsBilledOnlyOnceAManagerApprovedTheCorrection() {
        long c = customer("辽阳价格更正测试公司", "912110001175283914");
        JsonNode order = orderInForce(c, "电机", "4", "5200");
        long doc = order.get("id").asLong();
        String at5000 = request(doc, "ORDINARY", line(order, 0, "4", "\"taxRate\": 13, \"unitPrice\": "
                + Json.money("5000")));
        HttpResponse<String> refused = Http.as("assistant").post(API, JSON, at5000);
        assertEquals(refused.body(), 400, refused.statusCode());
        assertTrue(refused.body(), refused.body().contains("needs an approved correction"));
        String corrections = "/neiqin/api/invoicing/price-corrections";
        String ask = "{\"documentId\": " + doc + ", \"lineKey\": " + order.at("/lines/0/id").asLong()
                + ", \"unitPrice\": %s, \"reason\": \"%s\"}";
        assertEquals(400, Http.as("assistant").post(corrections, JSON, String.format(ask, Json.money("5200"), "no change"))
                .statusCode());
        assertEquals(400, Http.as("assistant").post(corrections, JSON, String.format(ask, Json.money("5000"), " "))
                .statusCode());
        JsonNode asked = ok(Http.as("assistant").post(corrections, JSON, String.format(ask, Json.money("5000"),
                "客户批量折扣，销售经理同意")), 201);
        assertEquals("REQUESTED", asked.get("state").asText());
        assertEquals("not before it is approved", 400, Http.as("assistant").post(API, JSON, at5000).statusCode());
        decide("manager", latestReview("invoicing.priceCorrection", String.valueOf(asked.get("id").asLong())));
        assertEquals("APPROVED", ok(Http.as("assistant").get(corrections + "?document=" + doc), 200).at("/0/state")
                .asText());
        JsonNode billed = ok(Http.as("assistant").post(API, JSON, at5000), 201);
        assertEquals(List.of("5000.00", "20000.00"), List.of(billed.at("/lines/0/unitPrice/amount").asText(),
                billed.at("/total/amount").asText()));
        assertEquals("IN_REVIEW", ok(Http.as("assistant").post(API + "/" + billed.get("id") + "/submission", JSON,
                "{\"version\": " + billed.get("version") + "}"), 200).get("state").asText());
    }

    /**
     * The tax platform's per-invoice limits, set in etc/org.neiqin.invoicing.cfg: a request over them becomes several
     * requests, each within the amount and the number of lines, a line over the amount split by quantity, nothing lost.
     */
    @Test
    public void aRequestOverThePerInvoiceLimitsIsSplitIntoInvoicesWithinThem() throws Exception {
        org.osgi.service.cm.ConfigurationAdmin admin = context.getService(context.getServiceReference(
                org.osgi.service.cm.ConfigurationAdmin.class));
        org.osgi.service.cm.Configuration cfg = admin.getConfiguration("org.neiqin.invoicing", null);
        java.util.Hashtable<String, Object> props = new java.util.Hashtable<>();
        java.util.Dictionary<String, Object> was = cfg.getProperties();
        if (was != null) {
            for (java.util.Enumeration<String> k = was.keys(); k.hasMoreElements();) {
                String key = k.nextElement();
                props.put(key, was.get(key));
            }
        }
        props.put("maxInvoiceTotal", "100000");
        props.put("maxInvoiceLines", "2");
        // the ageing's buckets change with them: the sign that the settings are in force
        props.put("ageingBuckets", "15, 45, 90");
        cfg.update(props);
        String ageing = "/neiqin/api/invoicing/collection/ageing";
        try {
            org.neiqin.testing.Wait.until("the invoicing settings in force", 30,
                    () -> Http.as("manager").get(ageing).body().contains("1–15"));
            long c = customer("铁岭限额测试公司", "912112001175283913");
            JsonNode order = orderInForce(c, "电机", "4", "5200", "螺纹钢", "60", "3650", "电缆", "1", "500");
            long doc = order.get("id").asLong();
            JsonNode first = ok(Http.as("assistant").post(API, JSON, request(doc, "ORDINARY",
                    line(order, 0, "4", "\"taxRate\": 13"), line(order, 1, "60", "\"taxRate\": 13"),
                    line(order, 2, "1", "\"taxRate\": 13"))), 201);
            int parts = first.at("/split/parts").asInt();
            assertTrue(first.toString(), parts >= 3 && first.at("/split/part").asInt() == 1);
            JsonNode list = ok(Http.as("assistant").get(API + "?document=" + doc), 200);
            assertEquals(list.toString(), parts, list.get("total").asInt());
            java.math.BigDecimal all = java.math.BigDecimal.ZERO;
            java.math.BigDecimal rebar = java.math.BigDecimal.ZERO;
            for (JsonNode row : list.get("rows")) {
                JsonNode part = ok(Http.as("assistant").get(API + "/" + row.get("id").asLong()), 200);
                java.math.BigDecimal total = new java.math.BigDecimal(part.at("/total/amount").asText());
                assertTrue(part.toString(), total.compareTo(new java.math.BigDecimal("100000")) <= 0
                        && part.get("lines").size() <= 2 && part.at("/split/parts").asInt() == parts);
                all = all.add(total);
                for (JsonNode l : part.get("lines")) {
                    rebar = l.get("product").asText().equals("螺纹钢") ? rebar.add(l.get("quantity").decimalValue()) : rebar;
                }
            }
            assertEquals("the parts bill the whole request", 0, all.compareTo(new java.math.BigDecimal("240300.00")));
            assertEquals("no rebar lost or added", 0, rebar.compareTo(new java.math.BigDecimal("60")));
        } finally {
            props.remove("maxInvoiceTotal");
            props.remove("maxInvoiceLines");
            props.remove("ageingBuckets");
            cfg.update(props);
            org.neiqin.testing.Wait.until("the default invoicing settings again", 30,
                    () -> Http.as("manager").get(ageing).body().contains("1–30"));
        }
    }

    /**
     * Month-end reconciliation for a customer who settles monthly: the invoice request waits for a statement signed
     * back; the office prepares last month's statement, finance agrees its figures (not whoever prepared it), the office
     * mails it with the statement attached, the customer signs it back (not before it was sent) — and the request goes.
     */
    @Test
    public void aMonthlySettlementCustomersRequestFollowsItsSignedBackStatement() throws Exception {
        com.icegreen.greenmail.util.GreenMail smtp = new com.icegreen.greenmail.util.GreenMail(
                new com.icegreen.greenmail.util.ServerSetup(Integer.getInteger(SMTP_PORT), "127.0.0.1", "smtp"));
        smtp.start();
        try {
            long c = customer("本溪月结机电公司", "912105001175283912", " \"email\": \"duizhang@bxyj.example\",",
                    "MONTHLY_SETTLEMENT");
            JsonNode order = orderInForce(c, "减速机", "2", "8000");
            String request = request(order.get("id").asLong(), "ORDINARY", line(order, 0, "2", "\"taxRate\": 13"));
            HttpResponse<String> early = Http.as("assistant").post(API, JSON, request);
            assertEquals(early.body(), 409, early.statusCode());
            assertTrue(early.body(), early.body().contains("\"code\":\"statement\"") && early.body().contains("settles monthly"));

            java.time.YearMonth last = java.time.YearMonth.from(LocalDate.now()).minusMonths(1);
            String statements = "/neiqin/api/invoicing/statements";
            String period = "\"customerId\": " + c + ", \"from\": \"" + last.atDay(1) + "\", \"to\": \""
                    + last.atEndOfMonth() + "\"";
            assertEquals(400, Http.as("assistant").post(statements, JSON, "{\"customerId\": " + c + ", \"from\": \""
                    + last.atEndOfMonth() + "\", \"to\": \"" + last.atDay(1) + "\"}").statusCode());
            assertEquals(400, Http.as("assistant").post(statements, JSON, "{\"customerId\": " + c + ", \"from\": \""
                    + TODAY + "\", \"to\": \"" + LocalDate.now().plusDays(1) + "\"}").statusCode());
            JsonNode prepared = ok(Http.as("assistant").post(statements, JSON, "{" + period + "}"), 201);
            assertEquals("PREPARED", prepared.get("state").asText());
            String at = statements + "/" + prepared.get("id");
            assertEquals("the office does not agree its own figures", 403, Http.as("assistant").post(at + "/agreement", JSON,
                    "{\"version\": " + prepared.get("version") + "}").statusCode());
            JsonNode byAdmin = ok(Http.as("admin").post(statements, JSON, "{" + period + "}"), 201);
            HttpResponse<String> own = Http.as("admin").post(statements + "/" + byAdmin.get("id") + "/agreement", JSON,
                    "{\"version\": " + byAdmin.get("version") + "}");
            assertEquals(own.body(), 409, own.statusCode());
            assertTrue(own.body(), own.body().contains("fourEyes"));
            JsonNode agreed = ok(Http.as("finance").post(at + "/agreement", JSON, "{\"version\": " + prepared.get("version")
                    + "}"), 200);
            assertEquals(List.of("AGREED", "finance"), List.of(agreed.get("state").asText(), agreed.get("agreedBy").asText()));
            JsonNode sent = ok(Http.as("assistant").post(at + "/sending", JSON, "{\"version\": " + agreed.get("version")
                    + ", \"data\": {\"how\": \"MAIL\"}}"), 200);
            assertEquals(List.of("SENT", "MAIL", "duizhang@bxyj.example"), List.of(sent.get("state").asText(),
                    sent.get("sentHow").asText(), sent.get("sentTo").asText()));
            List<javax.mail.internet.MimeMessage> mails = new ArrayList<>();
            for (javax.mail.internet.MimeMessage m : smtp.getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().equals("duizhang@bxyj.example")) {
                    mails.add(m);
                }
            }
            assertEquals(1, mails.size());
            assertTrue(mails.get(0).getSubject(), mails.get(0).getSubject().contains("对账单"));
            assertEquals(400, Http.as("assistant").post(at + "/reply", JSON, "{\"version\": " + sent.get("version")
                    + ", \"data\": {\"signedOn\": \"" + LocalDate.now().minusDays(1) + "\"}}").statusCode());
            JsonNode signed = ok(Http.as("assistant").post(at + "/reply", JSON, "{\"version\": " + sent.get("version")
                    + ", \"data\": {\"signedOn\": \"" + TODAY + "\"}}"), 200);
            assertEquals("SIGNED", signed.get("state").asText());
            assertTrue(ok(Http.as("assistant").get(at + "/history"), 200).toString().contains("SIGNED"));
            ok(Http.as("assistant").post(API, JSON, request), 201);

            // the other statement, disputed after it was sent: the reason is kept
            JsonNode second = ok(Http.as("finance").post(statements + "/" + byAdmin.get("id") + "/agreement", JSON,
                    "{\"version\": " + byAdmin.get("version") + "}"), 200);
            JsonNode posted = ok(Http.as("assistant").post(statements + "/" + byAdmin.get("id") + "/sending", JSON,
                    "{\"version\": " + second.get("version") + ", \"data\": {\"how\": \"POST\"}}"), 200);
            JsonNode disputed = ok(Http.as("assistant").post(statements + "/" + byAdmin.get("id") + "/reply", JSON,
                    "{\"version\": " + posted.get("version") + ", \"data\": {\"signedOn\": \"" + TODAY
                    + "\", \"dispute\": \"11 月 20 日的收款未列入\"}}"), 200);
            assertEquals(List.of("DISPUTED", "11 月 20 日的收款未列入"), List.of(disputed.get("state").asText(),
                    disputed.get("dispute").asText()));
            String page = Http.as("finance").get("/system/console/neiqin-statements?id=" + byAdmin.get("id") + "&lang=zh")
                    .body();
            assertTrue(page, page.contains("客户有异议") && page.contains("11 月 20 日的收款未列入"));
        } finally {
            smtp.stop();
        }
    }

    /** @return the mails received about an invoice (other tests' invoices fall due the same day), in order */
    private static List<javax.mail.internet.MimeMessage> about(com.icegreen.greenmail.util.GreenMail smtp, String number)
            throws javax.mail.MessagingException {
        List<javax.mail.internet.MimeMessage> out = new ArrayList<>();
        for (javax.mail.internet.MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getSubject().contains(number)) {
                out.add(m);
            }
        }
        return out;
    }

    /** @return an order prepared, sent and approved by the manager, as it stands after the credit check */
    private static JsonNode confirmed(String order) {
        JsonNode made = ok(Http.as("assistant").post(DOCS, JSON, order), 201);
        long id = made.get("id").asLong();
        ok(Http.as("assistant").post(DOCS + "/" + id + "/submission", JSON, "{\"version\": " + made.get("version").asInt()
                + "}"), 200);
        decide("manager", latestReview("contracts.order", String.valueOf(id)));
        return ok(Http.as("assistant").get(DOCS + "/" + id), 200);
    }
}
