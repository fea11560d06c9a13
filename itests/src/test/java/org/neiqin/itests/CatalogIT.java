package org.neiqin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.neiqin.api.catalog.Catalog;
import org.neiqin.testing.Conformance;
import org.neiqin.testing.Http;
import org.neiqin.testing.Json;
import org.neiqin.testing.KarafOptions;
import org.neiqin.testing.OpenApiCheck;
import org.neiqin.testing.Shell;
import org.neiqin.testing.StrictInput;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * The catalogue installed by name ({@code neiqin-catalog}, alone: it needs no other module): products entered,
 * changed at their version, found, discontinued and reinstated with a reason, their cost price seen only by those who
 * may see margins, their history; the catalogue service other modules read; bad input; the pages in both languages;
 * the shell with its ACL.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CatalogIT {
    private static final String API = "/neiqin/api/catalog/products";
    private static final String JSON = "application/json";

    @Inject
    private BundleContext context;

    @Inject
    private SessionFactory shell;

    @Configuration
    public Option[] config() {
        return KarafOptions.with("neiqin-catalog");
    }

    @Before
    public void moduleIsUp() {
        Http.as("admin").awaitAll(90, API, "/system/console/neiqin-catalog", "/system/console/neiqin-catalog-product?new=1");
    }

    private static String product(String code, String name, String more) {
        return "{\"code\": \"" + code + "\", \"name\": \"" + name + "\", \"unit\": \"t\"" + (more.isEmpty() ? "" : ", " + more)
                + "}";
    }

    private static JsonNode ok(HttpResponse<String> r, int status) {
        assertEquals(r.body(), status, r.statusCode());
        return Json.parse(r.body());
    }

    @Test
    public void aProductIsEnteredChangedAtItsVersionFoundAndDiscontinuedWithAReason() {
        Http assistant = Http.as("assistant");
        HttpResponse<String> created = assistant.post(API, JSON, product("HRB400-16", "螺纹钢", "\"spec\": \"HRB400 Φ16\","
                + " \"weightPerUnit\": 1000, \"productGroup\": \"建筑钢材\", \"taxCode\": \"1080202020000000000\","
                + " \"vatRate\": 13, \"costPrice\": " + Json.money("3650.00")));
        JsonNode v = ok(created, 201);
        long id = v.get("id").asLong();
        assertTrue("201 names the new product's address", created.headers().firstValue("Location").orElse("")
                .endsWith(API + "/" + id));
        assertEquals("ACTIVE", v.get("state").asText());
        assertEquals("the assistant may not see margins", "null", v.at("/data/costPrice").toString());
        JsonNode managers = ok(Http.as("manager").get(API + "/" + id), 200);
        assertEquals("3650.00", managers.at("/data/costPrice/amount").asText());
        assertEquals("CNY", managers.at("/data/costPrice/currency").asText());

        // a code is the company's: one product each, whatever its case; nothing stored by a refusal
        HttpResponse<String> twice = assistant.post(API, JSON, product("hrb400-16", "另一个", ""));
        assertEquals(twice.body(), 409, twice.statusCode());
        assertTrue(twice.body(), twice.body().contains("\"field\":\"code\""));
        for (String[] bad : new String[][] {{product("HRB 400", "x", ""), "code"},
            {product("T-1", "x", "\"taxCode\": \"12345\""), "taxCode"},
            {product("T-2", "x", "\"vatRate\": 130"), "vatRate"},
            {product("T-3", "x", "\"costPrice\": 3650"), "costPrice"},
            {product("T-4", "x", "\"costPrice\": {\"amount\": \"3650\", \"currency\": \"USD\"}"), "costPrice"},
            {"{\"code\": \"T-5\", \"name\": \"x\"}", "unit"}}) {
            HttpResponse<String> refused = Http.as("manager").post(API, JSON, bad[0]);
            assertEquals(bad[0] + ": " + refused.body(), 400, refused.statusCode());
            assertTrue(bad[0] + ": " + refused.body(), refused.body().contains("\"field\":\"" + bad[1] + "\""));
        }

        // the assistant's change keeps the cost price the form did not show
        String change = "{\"version\": " + v.get("version").asInt() + ", \"data\": " + product("HRB400-16", "螺纹钢",
                "\"spec\": \"HRB400E Φ16\", \"productGroup\": \"建筑钢材\", \"taxCode\": \"1080202020000000000\","
                + " \"vatRate\": 13") + "}";
        JsonNode changed = ok(assistant.put(API + "/" + id, JSON, change), 200);
        assertEquals("HRB400E Φ16", changed.at("/data/spec").asText());
        assertEquals("3650.00", ok(Http.as("finance").get(API + "/" + id), 200).at("/data/costPrice/amount").asText());
        assertEquals("a change made meanwhile is not overwritten", 409, assistant.put(API + "/" + id, JSON, change)
                .statusCode());

        assistant.post(API, JSON, product("Q235B-10", "热轧卷板", "\"spec\": \"Q235B 10mm\", \"productGroup\": \"板材\""));
        JsonNode found = ok(assistant.get(API + "?q=HRB400E"), 200);
        assertEquals("found by its specification", 1, found.get("total").asInt());
        assertEquals(1, ok(assistant.get(API + "?productGroup=板材"), 200).get("total").asInt());

        // discontinued by a manager, with a reason; the history keeps it
        HttpResponse<String> noReason = Http.as("manager").post(API + "/" + id + "/discontinuation", JSON,
                "{\"version\": " + changed.get("version").asInt() + "}");
        assertEquals(noReason.body(), 400, noReason.statusCode());
        assertEquals("an assistant does not discontinue", 403, assistant.post(API + "/" + id + "/discontinuation", JSON,
                "{\"version\": " + changed.get("version").asInt() + ", \"reason\": \"停产\"}").statusCode());
        JsonNode gone = ok(Http.as("manager").post(API + "/" + id + "/discontinuation", JSON, "{\"version\": "
                + changed.get("version").asInt() + ", \"reason\": \"钢厂停产\"}"), 200);
        assertEquals("DISCONTINUED", gone.get("state").asText());
        assertEquals(1, ok(assistant.get(API + "?state=DISCONTINUED"), 200).get("total").asInt());
        JsonNode history = ok(assistant.get(API + "/" + id + "/history"), 200);
        assertEquals(3, history.size());
        assertTrue(history.toString(), history.toString().contains("钢厂停产"));
        assertFalse("the history does not tell the assistant the cost price: " + history,
                history.toString().contains("costPrice") || history.toString().contains("3650"));
        assertTrue("it tells finance", ok(Http.as("finance").get(API + "/" + id + "/history"), 200).toString()
                .contains("3650.00 CNY"));
        ok(Http.as("manager").post(API + "/" + id + "/reinstatement", JSON, "{\"version\": " + gone.get("version").asInt()
                + ", \"reason\": \"恢复供货\"}"), 200);

        // the catalogue other modules read: what an order line and an invoice need, no cost price
        Catalog catalog = context.getService(context.getServiceReference(Catalog.class));
        org.neiqin.api.security.SecurityService security = context.getService(context.getServiceReference(
                org.neiqin.api.security.SecurityService.class));
        org.neiqin.api.security.Actor reader = new org.neiqin.api.security.Actor("sales",
                java.util.Set.of(org.neiqin.api.security.Roles.SALES));
        org.neiqin.api.catalog.Product p = security.runAs(reader, () -> catalog.byCode("HRB400-16").orElseThrow());
        assertEquals("HRB400E Φ16", p.spec());
        assertEquals("1080202020000000000", p.taxCode());
        assertTrue(p.active());
        assertEquals(List.of("HRB400-16"), security.runAs(reader, () -> catalog.search("螺纹", 10)).stream()
                .map(org.neiqin.api.catalog.Product::code).toList());

        // the REST description says what the server checks
        String described = assistant.get("/neiqin/api/openapi.json").body();
        OpenApiCheck api = OpenApiCheck.of(described);
        assertTrue(api.paths().toString(), api.paths().contains("/catalog/products/{id}/discontinuation"));
        JsonNode doc = Json.parse(described);
        assertEquals("[\"code\",\"name\",\"unit\"]", doc.at("/components/schemas/ProductData/required").toString());
        assertEquals(List.of(), List.of(api.problems("POST", "/catalog/products", 201, created.body()),
                api.problems("GET", "/catalog/products", 200, assistant.get(API).body()),
                api.problems("POST", "/catalog/products", 409, twice.body())).stream().flatMap(List::stream).toList());
        assertEquals("an auditor reads but does not write", 403, Http.as("auditor").post(API, JSON,
                product("X-1", "x", "")).statusCode());
        assertFalse(ok(Http.as("auditor").get(API), 200).get("rows").isEmpty());
    }

    /**
     * Price lists: a list per scope, a version prepared with its prices, refused whole when a price is wrong, reviewed
     * by a supervisor and in force from its date, never changed after; the price a customer pays is its grade's list,
     * else the default list; the next version waits for its date; the version exported as it was approved.
     */
    @Test
    public void productsAreImportedFromAWorkbookOrCsvAllOrNothingAndExportedInTheSameColumns() throws Exception {
        Http assistant = Http.as("assistant");
        Http manager = Http.as("manager");
        long changed = ok(manager.post(API, JSON, product("IMP-1", "角钢", "\"spec\": \"50×5\", \"costPrice\": "
                + Json.money("3300"))), 201).get("id").asLong();
        String header = "code,name,spec,unit,vatRate,taxCode,costPrice\r\n";
        // every problem of every row at once, and nothing stored
        String bad = header + "IMP-2,槽钢,10#,t,13,1080204040000000000,\r\n"
                + "IMP-3,,,t,113,123,\r\n"
                + "imp-2,槽钢,12#,t,13,,\r\n";
        JsonNode dry = ok(manager.post(API + "/import", "text/csv", bad), 200);
        assertFalse(dry.get("clean").asBoolean());
        assertEquals(dry.toString(), List.of("3 name", "3 taxCode", "3 vatRate", "4 code"), java.util.stream.StreamSupport
                .stream(dry.get("problems").spliterator(), false).map(p -> p.get("row").asText() + " "
                        + p.get("field").asText()).toList());
        assertEquals(400, manager.post(API + "/import?dryRun=false", "text/csv", bad).statusCode());
        assertEquals("nothing of a refused file is stored", 0, ok(manager.get(API + "?q=IMP-2"), 200).get("total").asInt());
        // the office may not set what products cost
        String good = header + "IMP-2,槽钢,10#,t,13,1080204040000000000,3900\r\n"
                + "imp-1,角钢,50×6,t,13,1080204030000000000,\r\n";
        JsonNode office = ok(assistant.post(API + "/import", "text/csv", good), 200);
        assertEquals(office.toString(), "costPrice", office.at("/problems/0/field").asText());
        // a workbook: a new product, and the existing one changed (its cost kept where the cell is empty)
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "Excel", "16.0");
        org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("产品");
        String[][] cells = {{"code", "name", "spec", "unit", "vatRate", "taxCode", "costPrice"},
            {"IMP-2", "槽钢", "10#", "t", "13", "1080204040000000000", "3900"},
            {"imp-1", "角钢", "50×6", "t", "13", "1080204030000000000", ""}};
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < cells[r].length; c++) {
                if (r > 0 && (c == 4 || c == 6) && !cells[r][c].isEmpty()) {
                    ws.value(r, c, Integer.parseInt(cells[r][c])); // numbers as a spreadsheet keeps them
                } else {
                    ws.value(r, c, cells[r][c]);
                }
            }
        }
        wb.finish();
        byte[] xlsx = out.toByteArray();
        JsonNode done = ok(manager.post(API + "/import?dryRun=false",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx), 200);
        assertEquals(done.toString(), List.of("xlsx", "2", "true"), List.of(done.get("format").asText(),
                done.get("imported").asText(), done.get("clean").asText()));
        JsonNode imp1 = ok(manager.get(API + "/" + changed), 200);
        assertEquals("50×6", imp1.at("/data/spec").asText());
        assertEquals("3300.00", imp1.at("/data/costPrice/amount").asText());
        assertTrue("the change is in the product's history as imported: " + manager.get(API + "/" + changed + "/history")
                .body(), manager.get(API + "/" + changed + "/history").body().contains("IMPORT"));
        long imp2 = ok(manager.get(API + "?q=IMP-2"), 200).at("/rows/0/id").asLong();
        assertEquals("3900.00", ok(manager.get(API + "/" + imp2), 200).at("/data/costPrice/amount").asText());
        // the export is what the import reads: costs only to those who may see them
        String exported = manager.get(API + "/export").body();
        assertTrue(exported, exported.startsWith("code,name,spec,unit,weightPerUnit,productGroup,taxCode,vatRate,costPrice")
                && exported.contains("IMP-2,槽钢,10#,t,,,1080204040000000000,13,3900.00"));
        assertFalse(assistant.get(API + "/export").body().contains("3900.00"));
        JsonNode again = ok(manager.post(API + "/import", "text/csv", exported), 200);
        assertTrue("an export imports back cleanly: " + again, again.get("clean").asBoolean());
        // the page: a file checked, then imported; the export's first rows shown
        String page = "/system/console/neiqin-product-import?lang=zh";
        HttpResponse<String> checked = manager.submitFile(page, "file", "产品.csv",
                (header + "IMP-4,扁钢,40×4,t,13,,\r\n").getBytes(java.nio.charset.Charset.forName("GBK")), "action",
                "check");
        assertEquals(checked.body(), 200, checked.statusCode());
        assertTrue(checked.body(), checked.body().contains("GB18030") && checked.body().contains("可导入 1 个产品"));
        assertTrue(checked.body(), checked.body().contains("weightPerUnit") && checked.body().contains("导出"));
        assertEquals("a reader of the catalogue does not import", 403, Http.as("sales").get(page).statusCode());
    }

    @Test
    public void aPriceListVersionIsPreparedReviewedAndInForceFromItsDateAndNeverChangesAfter() throws Exception {
        Http assistant = Http.as("assistant");
        String lists = "/neiqin/api/catalog/price-lists";
        String versions = "/neiqin/api/catalog/price-versions/";
        long p1 = ok(Http.as("manager").post(API, JSON, product("PL-A1", "价目测试甲", "")), 201).get("id").asLong();
        long p2 = ok(Http.as("manager").post(API, JSON, product("PL-A2", "价目测试乙", "")), 201).get("id").asLong();
        String today = java.time.LocalDate.now().toString();
        String tomorrow = java.time.LocalDate.now().plusDays(1).toString();

        assertEquals("the sales rep does not prepare prices", 403, Http.as("sales").post(lists, JSON,
                "{\"code\": \"X\", \"name\": \"x\"}").statusCode());
        long std = ok(assistant.post(lists, JSON, "{\"code\": \"STD-T\", \"name\": \"标准价\"}"), 201).get("id").asLong();
        HttpResponse<String> twice = assistant.post(lists, JSON, "{\"code\": \"STD-T2\", \"name\": \"又一个默认\"}");
        assertEquals("one default list: " + twice.body(), 409, twice.statusCode());
        long ka = ok(assistant.post(lists, JSON, "{\"code\": \"KA-T\", \"name\": \"A 类客户价\", \"grade\": \"KEY\"}"),
                201).get("id").asLong();

        JsonNode draft = ok(assistant.post(lists + "/" + std + "/versions", JSON, ""), 201);
        long v1 = draft.get("id").asLong();
        assertEquals(List.of("1", "DRAFT", tomorrow), List.of(draft.get("number").asText(), draft.get("state").asText(),
                draft.at("/header/effectiveFrom").asText()));
        String bad = "{\"version\": " + draft.get("version").asInt() + ", \"effectiveFrom\": \"2020-01-01\", \"entries\": ["
                + "{\"productId\": " + p1 + ", \"price\": " + Json.money("4200") + ", \"validTo\": \"2030-01-01\"},"
                + "{\"productId\": " + p1 + ", \"price\": " + Json.money("4300") + ", \"validFrom\": \"2029-06-01\"},"
                + "{\"productId\": " + p2 + ", \"price\": " + Json.money("0") + "},"
                + "{\"productId\": 999999, \"price\": " + Json.money("1") + "}]}";
        HttpResponse<String> refused = assistant.put(versions + v1, JSON, bad);
        assertEquals(refused.body(), 400, refused.statusCode());
        assertTrue("every problem at once: " + refused.body(), refused.body().contains("\"field\":\"effectiveFrom\"")
                && refused.body().contains("\"field\":\"entries[1].validFrom\"")
                && refused.body().contains("\"field\":\"entries[2].price\""));
        assertEquals("nothing stored", 0, ok(assistant.get(versions + v1), 200).get("entries").size());

        String good = "{\"version\": " + draft.get("version").asInt() + ", \"effectiveFrom\": \"" + today + "\", \"entries\": ["
                + "{\"productId\": " + p1 + ", \"price\": " + Json.money("4200") + "},"
                + "{\"productId\": " + p2 + ", \"price\": " + Json.money("380.50") + "}]}";
        JsonNode saved = ok(assistant.put(versions + v1, JSON, good), 200);
        assertEquals("PL-A1", saved.at("/entries/0/productCode").asText());
        JsonNode sent = ok(assistant.post(versions + v1 + "/submission", JSON, "{\"version\": " + saved.get("version").asInt()
                + "}"), 200);
        assertEquals("IN_REVIEW", sent.get("state").asText());
        assertEquals("a version in review does not change", 409, assistant.put(versions + v1, JSON, good.replace(
                "\"version\": " + draft.get("version").asInt(), "\"version\": " + sent.get("version").asInt())).statusCode());
        assertEquals("no price before the review", 404, assistant.get("/neiqin/api/catalog/prices?product=" + p1).statusCode());
        approve("catalog.priceVersion", v1);
        assertEquals("IN_FORCE", ok(assistant.get(versions + v1), 200).get("status").asText());

        JsonNode price = ok(assistant.get("/neiqin/api/catalog/prices?product=" + p1 + "&grade=KEY"), 200);
        assertEquals("the grade's list has no version yet: the default list's price", List.of("4200.00", "STD-T", "1"),
                List.of(price.at("/price/amount").asText(), price.get("listCode").asText(), price.get("version").asText()));
        JsonNode kaDraft = ok(assistant.post(lists + "/" + ka + "/versions", JSON, ""), 201);
        JsonNode kaSaved = ok(assistant.put(versions + kaDraft.get("id").asLong(), JSON, "{\"version\": "
                + kaDraft.get("version").asInt() + ", \"effectiveFrom\": \"" + today + "\", \"entries\": [{\"productId\": " + p1
                + ", \"price\": " + Json.money("4116") + "}]}"), 200);
        ok(assistant.post(versions + kaSaved.get("id").asLong() + "/submission", JSON, "{\"version\": "
                + kaSaved.get("version").asInt() + "}"), 200);
        approve("catalog.priceVersion", kaSaved.get("id").asLong());
        assertEquals("a key customer pays its grade's price", "4116.00", ok(assistant.get("/neiqin/api/catalog/prices?product="
                + p1 + "&grade=KEY"), 200).at("/price/amount").asText());
        assertEquals("a key customer pays the default price where its list has none", "380.50", ok(assistant.get(
                "/neiqin/api/catalog/prices?product=" + p2 + "&grade=KEY"), 200).at("/price/amount").asText());
        assertEquals("another customer the default list's", "4200.00", ok(assistant.get("/neiqin/api/catalog/prices?product="
                + p1 + "&grade=GENERAL"), 200).at("/price/amount").asText());

        // a correction is a new version from the last one's prices, in force from its own date
        JsonNode v2 = ok(assistant.post(lists + "/" + std + "/versions", JSON, ""), 201);
        assertEquals("the new version starts from the last one's prices", 2, v2.get("entries").size());
        JsonNode v2Saved = ok(assistant.put(versions + v2.get("id").asLong(), JSON, good.replace("\"version\": "
                + draft.get("version").asInt(), "\"version\": " + v2.get("version").asInt()).replace(today, tomorrow)
                .replace("\"4200\"", "\"4250\"")), 200);
        ok(assistant.post(versions + v2.get("id").asLong() + "/submission", JSON, "{\"version\": "
                + v2Saved.get("version").asInt() + "}"), 200);
        approve("catalog.priceVersion", v2.get("id").asLong());
        assertEquals("SCHEDULED", ok(assistant.get(versions + v2.get("id").asLong()), 200).get("status").asText());
        assertEquals("today's price stays", "4200.00", ok(assistant.get("/neiqin/api/catalog/prices?product=" + p1), 200)
                .at("/price/amount").asText());
        assertEquals("tomorrow's is the new version's", "4250.00", ok(assistant.get("/neiqin/api/catalog/prices?product=" + p1
                + "&on=" + tomorrow), 200).at("/price/amount").asText());

        Shell.awaitAcl(shell, "finance", "neiqin-finance", "catalog:price", 30);
        String shown = Shell.run(shell, "finance", "neiqin-finance", "catalog:price -g KEY PL-A1");
        assertTrue(shown, shown.contains("4116.00 CNY") && shown.contains("list KA-T, version 1"));

        // finance opens and exports exactly the version in force
        String page = Http.as("finance").get("/system/console/neiqin-price-version?id=" + v1 + "&lang=zh").body();
        assertTrue(page, page.contains("生效中") && page.contains("PL-A1") && page.contains("4,200.00"));
        String csv = Http.as("finance").get("/system/console/neiqin-price-version?id=" + v1 + "&export=price-list-STD-T-v1")
                .body();
        assertTrue(csv, csv.contains("PL-A1") && csv.contains("4200") && !csv.contains("4250"));
        String home = Http.as("finance").get("/system/console/neiqin?lang=en").body();
        assertTrue("finance is told of the versions in force: " + home, home.contains("Price list versions in force"));
        String listPage = assistant.get("/system/console/neiqin-price-lists?lang=en").body();
        assertTrue(listPage, listPage.contains("STD-T") && listPage.contains("version 1, in force since " + today)
                && listPage.contains("version 2, from " + tomorrow) && listPage.contains("every customer (default list)"));
    }

    /** Approves the latest review round of a record as the manager. */
    private static void approve(String type, long id) {
        ok(Http.as("manager").post("/neiqin/api/core/reviews/" + round(type, id) + "/decisions", JSON,
                "{\"verdict\": \"APPROVE\", \"reason\": \"prices checked\"}"), 200);
    }

    /** @return the latest review round of a record waiting for the manager */
    private static long round(String type, long id) {
        JsonNode inbox = ok(Http.as("manager").get("/neiqin/api/core/reviews"), 200);
        long round = -1;
        for (JsonNode r : inbox) {
            if (type.equals(r.get("documentType").asText()) && String.valueOf(id).equals(r.get("documentId").asText())) {
                round = r.get("id").asLong();
            }
        }
        assertTrue(type + " " + id + " in " + inbox, round > 0);
        return round;
    }

    /**
     * A unit-price request: asked by the office with the market prices seen, refused whole when wrong, decided by a
     * manager who sees it in the review; approved, the price is the customer's own (its list made for it) from today.
     */
    @Test
    public void aUnitPriceRequestApprovedBecomesTheCustomersOwnPrice() {
        Http assistant = Http.as("assistant");
        String requests = "/neiqin/api/catalog/price-requests";
        long p = ok(Http.as("manager").post(API, JSON, product("UP-1", "单价测试", "")), 201).get("id").asLong();
        HttpResponse<String> bad = assistant.post(requests, JSON, "{\"customerId\": 42, \"productId\": " + p
                + ", \"price\": " + Json.money("0") + ", \"validFrom\": \"2020-01-01\"}");
        assertEquals(bad.body(), 400, bad.statusCode());
        assertTrue("every problem at once: " + bad.body(), bad.body().contains("\"field\":\"price\"")
                && bad.body().contains("\"field\":\"marketPrices\"") && bad.body().contains("\"field\":\"validFrom\""));
        assertEquals("nothing stored", 0, ok(assistant.get(requests), 200).size());
        JsonNode asked = ok(assistant.post(requests, JSON, "{\"customerId\": 42, \"productId\": " + p + ", \"quantity\": 30,"
                + " \"price\": " + Json.money("3880") + ", \"marketPrices\": \"鞍钢 3900，本钢 3920\"}"), 201);
        assertEquals("REQUESTED", asked.get("state").asText());
        String review = "/system/console/neiqin-reviews?id=" + round("catalog.priceRequest", asked.get("id").asLong())
                + "&lang=zh";
        String page = Http.as("manager").get(review).body();
        assertTrue("the manager decides with the market prices in front of him: " + page, page.contains("鞍钢 3900")
                && page.contains("3,880.00"));
        approve("catalog.priceRequest", asked.get("id").asLong());
        JsonNode done = ok(assistant.get(requests + "/" + asked.get("id").asLong()), 200);
        assertEquals("APPROVED", done.get("state").asText());
        JsonNode price = ok(assistant.get("/neiqin/api/catalog/prices?product=" + p + "&customer=42"), 200);
        assertEquals("the customer's own price", List.of("3880.00", "C42"), List.of(price.at("/price/amount").asText(),
                price.get("listCode").asText()));
        assertEquals("another customer has none", 404, assistant.get("/neiqin/api/catalog/prices?product=" + p
                + "&customer=43").statusCode());
    }


    @Test
    public void thePagesSpeakBothLanguagesAndTheShellListsForItsRoles() throws Exception {
        Http.as("assistant").post(API, JSON, product("PL-8", "盘螺", "\"spec\": \"HRB400 Φ8\""));
        String zh = Http.as("assistant").get("/system/console/neiqin-catalog?lang=zh").body();
        assertTrue(zh, zh.contains("产品档案") && zh.contains("新建产品") && zh.contains("盘螺") && zh.contains("在售"));
        String form = Http.as("assistant").get("/system/console/neiqin-catalog-product?new=1&lang=en").body();
        assertTrue(form, form.contains("Tax classification code") && !form.contains("Cost price"));
        assertTrue("a manager enters the cost price, in the company's currency", Http.as("manager")
                .get("/system/console/neiqin-catalog-product?new=1&lang=en").body().contains("Cost price (CNY)"));
        HttpResponse<String> refused = Http.as("assistant").submit("/system/console/neiqin-catalog-product?new=1&lang=zh",
                "code", "PL 8", "name", "盘螺", "unit", "t", "taxCode", "123");
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body(), refused.body().contains("不是有效的产品编码") && refused.body().contains("税收分类编码")
                && refused.body().contains("PL 8"));
        assertEquals(403, Http.as("outsider").get("/system/console/neiqin-catalog").statusCode());
        // any module's form finds a product by code, name or specification (the lookup named Catalog.LOOKUP)
        String found = Http.as("sales").get("/system/console/neiqin-catalog?lookup=product&q="
                + java.net.URLEncoder.encode("HRB400 Φ8", java.nio.charset.StandardCharsets.UTF_8)).body();
        assertTrue(found, found.contains("PL-8 盘螺 HRB400 Φ8 (t)"));
        Shell.awaitAcl(shell, "sales", "neiqin-sales", "catalog:list", 30);
        String listed = Shell.run(shell, "sales", "neiqin-sales", "catalog:list 盘螺");
        assertTrue(listed, listed.contains("PL-8") && listed.contains(" products"));
    }

    @Test
    public void whatTheResourcesDoNotUnderstandIsRefusedAndNothingIsStored() {
        assertEquals(List.of(), StrictInput.problems("assistant", API, product("STRICT-1", "strict", ""), "name", null,
                "state=NO_SUCH_STATE"));
    }

    @Test
    public void theModuleConformsToTheModuleRules() {
        assertEquals(List.of(), Conformance.problems(context, "org.neiqin.catalog"));
    }
}
